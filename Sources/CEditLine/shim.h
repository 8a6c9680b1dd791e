/* Non-variadic wrappers around libedit's variadic el_set / el_get / history calls, and the
 * C globals (stdin, stdout, stderr) that Swift 6 will not touch. Only CsShell's host uses this. */
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
#include <stdio.h>
#include <locale.h>
#include <histedit.h>

typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);

static inline EditLine *cel_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
static inline int cel_set_prompt(EditLine *el, cel_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int cel_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cel_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int cel_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int cel_set_clientdata(EditLine *el, void *d) { return el_set(el, EL_CLIENTDATA, d); }
static inline void *cel_get_clientdata(EditLine *el) { void *d = NULL; el_get(el, EL_CLIENTDATA, &d); return d; }
static inline int cel_add_function(EditLine *el, const char *n, const char *h, cel_command_fn fn) { return el_set(el, EL_ADDFN, n, h, fn); }
static inline int cel_bind_key(EditLine *el, const char *key, const char *n) { return el_set(el, EL_BIND, key, n, NULL); }
static inline int cel_source(EditLine *el, const char *file) { return el_source(el, file); }
static inline void cel_set_locale(void) { setlocale(LC_ALL, ""); setlocale(LC_NUMERIC, "C"); }
static inline int cel_history_setsize(History *h, HistEvent *ev, int n) { return history(h, ev, H_SETSIZE, n); }
static inline int cel_history_setunique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int cel_history_enter(History *h, HistEvent *ev, const char *s) { return history(h, ev, H_ENTER, s); }
static inline int cel_history_clear(History *h, HistEvent *ev) { return history(h, ev, H_CLEAR); }
static inline int cel_history_first(History *h, HistEvent *ev) { return history(h, ev, H_FIRST); }
static inline int cel_history_next(History *h, HistEvent *ev) { return history(h, ev, H_NEXT); }

#endif
