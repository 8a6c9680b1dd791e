/* libpq for Swift. The PG_DIAG_* field codes are character-literal macros ('C', 'n', ...), which
 * Swift does not import, so they are restated here as enum constants. Only PGClient uses this. */
#ifndef CLIBPQ_SHIM_H
#define CLIBPQ_SHIM_H
#include <libpq-fe.h>

enum {
    CLIBPQ_DIAG_SEVERITY = PG_DIAG_SEVERITY_NONLOCALIZED,
    CLIBPQ_DIAG_SQLSTATE = PG_DIAG_SQLSTATE,
    CLIBPQ_DIAG_MESSAGE_PRIMARY = PG_DIAG_MESSAGE_PRIMARY,
    CLIBPQ_DIAG_MESSAGE_DETAIL = PG_DIAG_MESSAGE_DETAIL,
    CLIBPQ_DIAG_MESSAGE_HINT = PG_DIAG_MESSAGE_HINT,
    CLIBPQ_DIAG_SCHEMA_NAME = PG_DIAG_SCHEMA_NAME,
    CLIBPQ_DIAG_TABLE_NAME = PG_DIAG_TABLE_NAME,
    CLIBPQ_DIAG_CONSTRAINT_NAME = PG_DIAG_CONSTRAINT_NAME
};

#endif
