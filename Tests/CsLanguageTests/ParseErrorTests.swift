import Testing
@testable import CsLanguage

// Every ErrorId the parser produces: the message word for word (ParserStrings.resx wording, reference
// §3.5), where it is reported, and whether it is "incomplete input" (reference §1.6).

struct ErrorCase: CustomTestStringConvertible, Sendable {
    var source: String
    var id: String
    var message: String
    var range: SourceRange
    var incomplete: Bool

    init(_ source: String, _ id: String, _ message: String, _ start: Int, _ end: Int, incomplete: Bool = false) {
        self.source = source
        self.id = id
        self.message = message
        self.range = SourceRange(start, end)
        self.incomplete = incomplete
    }

    var testDescription: String { "\(id): \(source.debugDescription)" }
}

let foreachForm = "\nThe correct form is: foreach ($a in $b) {...}"
// Two spaces after the colon, as in ParserStrings.resx.
let pipelineValueRequired = "A switch statement must have one of the following:  '-file file_name' or '( expression )'."

@Suite struct ParseErrorTests {
    /// The §3.5 catalogue, trigger by trigger.
    @Test(arguments: [
        ErrorCase("| x", "EmptyPipeElement", "An empty pipe element is not allowed.", 0, 1),
        ErrorCase("x |", "EmptyPipeElement", "An empty pipe element is not allowed.", 3, 3, incomplete: true),
        ErrorCase("x |\n", "EmptyPipeElement", "An empty pipe element is not allowed.", 3, 3),
        ErrorCase("x | | y", "EmptyPipeElement", "An empty pipe element is not allowed.", 3, 3),
        ErrorCase("1 | 1", "ExpressionsMustBeFirstInPipeline", "Expressions are only allowed as the first element of a pipeline.", 4, 5),
        ErrorCase("Get-X | 'abc'", "ExpressionsMustBeFirstInPipeline", "Expressions are only allowed as the first element of a pipeline.", 8, 13),
        ErrorCase("Get-X -Name:", "ParameterRequiresArgument", "Parameter -Name: requires an argument.", 12, 12),
        ErrorCase("Get-X ,", "MissingArgument", "Missing argument in parameter list.", 6, 7),
        ErrorCase("Get-X )", "UnexpectedToken", "Unexpected token ')' in expression or statement.", 6, 7),
        ErrorCase("\"abc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", 0, 1, incomplete: true),
        ErrorCase("'abc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", 0, 1, incomplete: true),
        ErrorCase("@{a=1;", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", 2, 2, incomplete: true),
        ErrorCase("@{ a=1;b=2;c=3;", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", 2, 2, incomplete: true),
        ErrorCase("(1+2", "MissingEndParenthesisInExpression", "Missing closing ')' in expression.", 4, 4, incomplete: true),
        ErrorCase("1+", "ExpectedValueExpression", "You must provide a value expression following the '+' operator.", 2, 2, incomplete: true),
        ErrorCase("$a=", "ExpectedValueExpression", "You must provide a value expression following the '=' operator.", 3, 3, incomplete: true),
        ErrorCase("\"$x:\"", "InvalidVariableReferenceWithDrive",
                  "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", 1, 4),
        ErrorCase("\"$HOME: x\"", "InvalidVariableReferenceWithDrive",
                  "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", 1, 7),
        ErrorCase("<# never closed", "MissingTerminatorMultiLineComment", "The terminator '#>' is missing from the multiline comment.", 0, 2, incomplete: true),
        ErrorCase("x <#>", "MissingTerminatorMultiLineComment", "The terminator '#>' is missing from the multiline comment.", 2, 4, incomplete: true),
        ErrorCase("x < file", "RedirectionNotSupported", "The '<' operator is reserved for future use.", 2, 3),
        ErrorCase("@a", "SplattingNotPermitted",
                  "The splatting operator '@' cannot be used to reference variables in an expression. '@a' can be used only as an argument to a command. To reference variables in an expression use '$a'.", 0, 2),
    ])
    func catalogue(_ c: ErrorCase) {
        check(c)
    }

    /// Array and argument-list errors (§1.6, Parsing.Tests.ps1 "commands parsing").
    @Test(arguments: [
        ErrorCase("1,2,", "MissingExpressionAfterToken", "Missing expression after ','.", 4, 4, incomplete: true),
        ErrorCase("write-output 2,,1", "MissingExpression", "Missing expression after ',' in pipeline element.", 15, 15),
        ErrorCase("gcm ,", "MissingArgument", "Missing argument in parameter list.", 4, 5),
        ErrorCase("gcm -a:", "ParameterRequiresArgument", "Parameter -a: requires an argument.", 7, 7),
        ErrorCase("gcm -a: 1,", "MissingExpression", "Missing expression after ',' in pipeline element.", 10, 10, incomplete: true),
        ErrorCase("gcm -a:\n1", "ParameterRequiresArgument", "Parameter -a: requires an argument.", 7, 7),
        ErrorCase("gps @a,@b", "SplattingNotPermittedInArgumentList", "Splatted variables like '@a' cannot be part of a comma-separated list of arguments.", 4, 6),
        ErrorCase("gps @a.Name", "NoPropertiesInSplatting",
                  "Cannot expand the splatted variable '@a'. Splatted variables cannot be used as part of a property or array expression. Assign the result of the expression to a temporary variable then splat the temporary variable instead.", 4, 6),
        ErrorCase("& ", "MissingExpression", "Missing expression after '&' in pipeline element.", 0, 1),
        // PipelineChainOperator.Tests.ps1 "Rejects invalid syntax usage": the id and incompleteness.
        ErrorCase("gps && ", "EmptyPipelineChainElement", "A pipeline chain operator must be followed by a pipeline.", 6, 6, incomplete: true),
        ErrorCase("1 ? 2", "MissingColonInTernaryExpression", "Missing ':' in the ternary expression.", 5, 5, incomplete: true),
        ErrorCase("trap", "MissingTrapStatement", "The 'trap' statement was incomplete. A trap statement requires a body.", 4, 4, incomplete: true),
        ErrorCase("1 2", "UnexpectedToken", "Unexpected token '2' in expression or statement.", 2, 3),
        ErrorCase("1 -shx 2", "UnexpectedToken", "Unexpected token '-shx' in expression or statement.", 2, 6),
        ErrorCase("1; param($a)", "UnexpectedToken", "Unexpected token 'param' in expression or statement.", 3, 8),
        ErrorCase("@", "UnrecognizedToken", "Unrecognized token in source text.", 0, 1),
    ])
    func argumentsAndTokens(_ c: ErrorCase) {
        check(c)
    }

    /// Redirections.
    @Test(arguments: [
        ErrorCase("x >", "MissingFileSpecification", "Missing file specification after redirection operator.", 3, 3),
        ErrorCase("x > | y", "MissingFileSpecification", "Missing file specification after redirection operator.", 3, 3),
        ErrorCase("x 2>&2", "RedirectionNotSupported", "The '2>&2' operator is reserved for future use.", 2, 6),
        ErrorCase("x 1>&2", "RedirectionNotSupported", "The '1>&2' operator is reserved for future use.", 2, 6),
        ErrorCase("x > a > b", "StreamAlreadyRedirected", "The output stream for this command is already redirected.", 6, 9),
        ErrorCase("x 2>a 2>&1", "StreamAlreadyRedirected", "The error stream for this command is already redirected.", 6, 10),
    ])
    func redirections(_ c: ErrorCase) {
        check(c)
    }

    /// Expressions, members, hashtables, types.
    @Test(arguments: [
        ErrorCase("$a[", "MissingArrayIndexExpression", "Array index expression is missing or not valid.", 3, 3, incomplete: true),
        ErrorCase("$a[1", "MissingEndSquareBracket", "Missing ']' after array index expression.", 4, 4, incomplete: true),
        ErrorCase("$a.", "MissingPropertyName", "Missing property name after reference operator.", 3, 3, incomplete: true),
        ErrorCase("$a.M(1", "MissingEndParenthesisInMethodCall", "Missing ')' in method call.", 6, 6, incomplete: true),
        ErrorCase("$a.M(1,", "MissingExpressionAfterToken", "Missing expression after ','.", 7, 7, incomplete: true),
        ErrorCase("$(1", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", 3, 3, incomplete: true),
        ErrorCase("@(1", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", 3, 3, incomplete: true),
        // The error is found at the `}`: nothing follows it, so (as in PowerShell) more input could still help.
        ErrorCase("$(1 }", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", 4, 5, incomplete: true),
        ErrorCase("$(1 }\n", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", 4, 5),
        ErrorCase("()", "ExpectedExpression", "An expression was expected after '('.", 1, 1),
        ErrorCase("(", "ExpectedExpression", "An expression was expected after '('.", 1, 1, incomplete: true),
        ErrorCase("-not", "MissingExpressionAfterOperator", "Missing expression after unary operator '-not'.", 4, 4, incomplete: true),
        ErrorCase("!", "MissingExpressionAfterOperator", "Missing expression after unary operator '!'.", 1, 1, incomplete: true),
        ErrorCase("1 -eq", "ExpectedValueExpression", "You must provide a value expression following the '-eq' operator.", 5, 5, incomplete: true),
        ErrorCase("1 \u{2013}eq", "ExpectedValueExpression", "You must provide a value expression following the '\u{2013}eq' operator.", 5, 5, incomplete: true),
        ErrorCase("@{a=1; a=2}", "DuplicateKeyInHashLiteral", "Duplicate keys 'a' are not allowed in hash literals.", 7, 8),
        ErrorCase("@{Name=1; NAME=2}", "DuplicateKeyInHashLiteral", "Duplicate keys 'NAME' are not allowed in hash literals.", 10, 14),
        ErrorCase("@{1=1; 1=2}", "DuplicateKeyInHashLiteral", "Duplicate keys '1' are not allowed in hash literals.", 7, 8),
        // SemanticChecks.VisitHashtable compares the constants' Value.ToString(), whatever their type or spelling.
        ErrorCase("@{1=1; '1'=2}", "DuplicateKeyInHashLiteral", "Duplicate keys '1' are not allowed in hash literals.", 7, 10),
        ErrorCase("@{'a'=1; A=2}", "DuplicateKeyInHashLiteral", "Duplicate keys 'A' are not allowed in hash literals.", 9, 10),
        ErrorCase("@{0x10=1; 16=2}", "DuplicateKeyInHashLiteral", "Duplicate keys '16' are not allowed in hash literals.", 10, 12),
        ErrorCase("@{16=1; 0x10=2}", "DuplicateKeyInHashLiteral", "Duplicate keys '16' are not allowed in hash literals.", 8, 12),
        ErrorCase("@{1kb=1; \"1024\"=2}", "DuplicateKeyInHashLiteral", "Duplicate keys '1024' are not allowed in hash literals.", 9, 15),
        ErrorCase("@{1.0=1; 1=2}", "DuplicateKeyInHashLiteral", "Duplicate keys '1' are not allowed in hash literals.", 9, 10),
        ErrorCase("@{1.5=1; '1.5'=2}", "DuplicateKeyInHashLiteral", "Duplicate keys '1.5' are not allowed in hash literals.", 9, 14),
        ErrorCase("@{a}", "MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.", 3, 3),
        ErrorCase("@{a=}", "MissingStatementInHashLiteral", "Missing statement after '=' in hash literal.", 4, 4),
        ErrorCase("[ordered]$x", "OrderedAttributeOnlyOnHashLiteralNode", "The ordered attribute can be specified only on a hash literal node.", 0, 9),
        ErrorCase("[ordered]", "OrderedAttributeOnlyOnHashLiteralNode", "The ordered attribute can be specified only on a hash literal node.", 0, 9),
        ErrorCase("[", "MissingTypename", "Missing type name after '['.", 1, 1, incomplete: true),
        ErrorCase("[ValidateNotNull()]", "UnexpectedAttribute", "Unexpected attribute 'ValidateNotNull'.", 0, 19, incomplete: true),
        ErrorCase("[int", "EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.", 4, 4, incomplete: true),
        ErrorCase("5 = 1", "InvalidLeftHandSide",
                  "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.", 0, 1),
        ErrorCase("0xFFFFFFFFFFFFFFFFF", "BadNumericConstant", "The numeric constant 0xFFFFFFFFFFFFFFFFF is not valid.", 0, 19),
        ErrorCase("300y", "BadNumericConstant", "The numeric constant 300y is not valid.", 0, 4),
    ])
    func expressions(_ c: ErrorCase) {
        check(c)
    }

    /// Strings, escapes, variables, here-strings.
    @Test(arguments: [
        ErrorCase("\"`u{}\"", "InvalidUnicodeEscapeSequence",
                  "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.", 1, 5),
        ErrorCase("\"`u41\"", "InvalidUnicodeEscapeSequence",
                  "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.", 1, 3),
        ErrorCase("\"`u{1234567}\"", "TooManyDigitsInUnicodeEscapeSequence",
                  "The Unicode escape sequence contains more than the maximum of six hex digits between braces.", 10, 10),
        ErrorCase("\"`u{110000}\"", "InvalidUnicodeEscapeSequenceValue",
                  "The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.", 4, 10),
        ErrorCase("\"`u{123456\"", "MissingUnicodeEscapeSequenceTerminator", "The Unicode escape sequence is missing the closing '}'.", 10, 10),
        ErrorCase("@\"\nabc\n  \"@", "WhitespaceBeforeHereStringFooter", "White space is not allowed before the string terminator.", 9, 11),
        ErrorCase("@\"\"@", "UnexpectedCharactersAfterHereStringHeader",
                  "No characters are allowed after a here-string header but before the end of the line.", 2, 2),
        ErrorCase("@\"\nabc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \"@.", 0, 2, incomplete: true),
        ErrorCase("@'\nabc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '@.", 0, 2, incomplete: true),
        ErrorCase("@'", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '@.", 0, 2, incomplete: true),
        ErrorCase("\"$(1", "IncompleteDollarSubexpressionReference", "$(subexpression) is missing the closing ')'.", 1, 3, incomplete: true),
        ErrorCase("\"${abc", "IncompleteDollarVariableReference", "${variable} reference starting is missing the closing '}'.", 1, 3, incomplete: true),
        ErrorCase("${}", "EmptyVariableReference", "An empty ${} variable reference was found. A name is required inside the braces.", 0, 3),
        ErrorCase("${a{b}", "OpenBraceNeedsToBeBackTickedInVariableName", "Use `{ instead of { in variable names.", 3, 4),
        ErrorCase("${a:}", "InvalidBracedVariableReference", "Variable reference is not valid. The variable name is missing.", 0, 5),
        ErrorCase("$env:", "InvalidVariableReferenceWithDrive",
                  "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", 0, 5),
        ErrorCase("x `", "IncompleteString", "Incomplete string token.", 2, 3, incomplete: true),
    ])
    func strings(_ c: ErrorCase) {
        check(c)
    }

    /// Keyword statements.
    @Test(arguments: [
        ErrorCase("if $x", "MissingOpenParenthesisInIfStatement", "Missing '(' after 'if' in if statement.", 2, 2),
        ErrorCase("if", "MissingOpenParenthesisInIfStatement", "Missing '(' after 'if' in if statement.", 2, 2, incomplete: true),
        ErrorCase("if (", "IfStatementMissingCondition", "Missing condition in if statement after 'if ('.", 4, 4, incomplete: true),
        ErrorCase("if ($x", "MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'if' statement.", 6, 6, incomplete: true),
        ErrorCase("if ($x)", "MissingStatementBlock", "Missing statement block after if ( condition ).", 7, 7, incomplete: true),
        ErrorCase("if ($x)\n", "MissingStatementBlock", "Missing statement block after if ( condition ).", 7, 7),
        ErrorCase("if ($x) {", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", 8, 9, incomplete: true),
        ErrorCase("if ($x) {\n  gps\n", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", 8, 9, incomplete: true),
        ErrorCase("if ($x) { 1 } elseif", "MissingOpenParenthesisInIfStatement", "Missing '(' after 'elseif' in if statement.", 20, 20, incomplete: true),
        ErrorCase("if ($x) { 1 } else", "MissingStatementBlockAfterElse", "Missing statement block after 'else' keyword.", 18, 18, incomplete: true),
        ErrorCase("foreach", "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'foreach'.", 7, 7, incomplete: true),
        ErrorCase("foreach (", "MissingVariableNameAfterForeach", "Missing variable name after foreach." + foreachForm, 9, 9, incomplete: true),
        ErrorCase("foreach ($a", "MissingInInForeach", "Missing 'in' after variable in foreach loop." + foreachForm, 11, 11, incomplete: true),
        ErrorCase("foreach ($a in", "MissingForeachExpression", "Missing expression in foreach loop." + foreachForm, 14, 14, incomplete: true),
        ErrorCase("foreach ($a in $b", "MissingEndParenthesisAfterForeach", "Missing closing ')' after expression part of foreach loop." + foreachForm, 17, 17, incomplete: true),
        ErrorCase("foreach ($a in $b)", "MissingForeachStatement", "Missing statement body in foreach loop." + foreachForm, 18, 18, incomplete: true),
        // Parser.cs ForeachStatementRule accepts -parallel and -throttlelimit; SemanticChecks rejects them
        // over the whole statement. Other flags are InvalidForeachFlag (Parsing.Tests.ps1: `foreach -bogus`).
        ErrorCase("foreach -Bogus ($a in $b) {}", "InvalidForeachFlag", "The parameter Bogus is not valid for the foreach statement.", 8, 14),
        ErrorCase("foreach -Parallel ($a in $b) {}", "KeywordParameterReservedForFutureUse",
                  "The foreach '-parallel' parameter is reserved for future use.", 0, 31),
        ErrorCase("foreach -ThrottleLimit 2 ($a in $b) {}", "KeywordParameterReservedForFutureUse",
                  "The foreach '-throttlelimit' parameter is reserved for future use.", 0, 38),
        ErrorCase("foreach -throttle 2 -p ($a in $b) {}", "KeywordParameterReservedForFutureUse",
                  "The foreach '-parallel' parameter is reserved for future use.", 0, 36),
        ErrorCase("foreach -ThrottleLimit", "MissingThrottleLimit",
                  "The ThrottleLimit parameter of the foreach statement is missing a value. Supply a throttle limit to the parameter.", 22, 22, incomplete: true),
        ErrorCase("for", "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'for'.", 3, 3, incomplete: true),
        ErrorCase("for (;;", "MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'for' statement.", 7, 7, incomplete: true),
        ErrorCase("for (;;)", "MissingLoopStatement", "Missing statement body in for loop.", 8, 8, incomplete: true),
        ErrorCase("while", "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'while'.", 5, 5, incomplete: true),
        ErrorCase("while ()", "MissingExpressionAfterKeyword", "Missing expression after 'while' in loop.", 7, 7),
        ErrorCase("while ($x", "MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'while' statement.", 9, 9, incomplete: true),
        ErrorCase("while ($x)", "MissingLoopStatement", "Missing statement body in while loop.", 10, 10, incomplete: true),
        ErrorCase("do", "MissingLoopStatement", "Missing statement body in do loop.", 2, 2, incomplete: true),
        ErrorCase("do { }", "MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.", 6, 6, incomplete: true),
        ErrorCase("do { } until", "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'until'.", 12, 12, incomplete: true),
        ErrorCase("try", "MissingTryStatementBlock", "The Try statement is missing its statement block.", 3, 3, incomplete: true),
        ErrorCase("try { }", "MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.", 7, 7, incomplete: true),
        ErrorCase("try { }\n\n", "MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.", 7, 7),
        ErrorCase("try { } catch", "MissingCatchHandlerBlock", "The Catch block is missing its statement block.", 13, 13, incomplete: true),
        ErrorCase("try { } finally", "MissingFinallyStatementBlock", "The Finally block is missing its statement block.", 15, 15, incomplete: true),
        ErrorCase("try { } catch { } catch [X] { }", "EmptyCatchNotLast", "Catch block must be the last catch block.", 8, 17),
        // Parser.Tests.ps1: "a break statement in a finally block results in a ParseException"; a loop or
        // switch inside the finally block may break.
        ErrorCase("try {} finally { break }", "ControlLeavingFinally", "Control cannot leave a finally block.", 17, 22),
        ErrorCase("try {} finally { if (1) { continue } }", "ControlLeavingFinally", "Control cannot leave a finally block.", 26, 34),
        // LanguageAndParser.TestFollowup.Tests.ps1: "Assign auto w/ invalid type constraint".
        ErrorCase("[string[]]$args = 1", "AssignmentStatementToAutomaticNotSupported",
                  "Cannot assign automatic variable 'args' with type 'System.Object[]'", 0, 15),
        ErrorCase("[datetime]$_ = 1", "AssignmentStatementToAutomaticNotSupported",
                  "Cannot assign automatic variable '_' with type 'System.Object'", 0, 12),
        // Parser.Tests.ps1: "Throw better error when statement should be put in named blocks".
        ErrorCase("begin {} Hi", "MissingNamedBlocks",
                  "Unexpected token 'Hi', expected 'begin', 'process', 'end', 'clean', or 'dynamicparam'.", 9, 11),
        ErrorCase("try { } catch [X],", "MissingTypeLiteralToken", "Missing type literal.", 18, 18, incomplete: true),
        ErrorCase("function", "MissingNameAfterKeyword", "Missing name after function keyword.", 8, 8, incomplete: true),
        ErrorCase("filter", "MissingNameAfterKeyword", "Missing name after filter keyword.", 6, 6, incomplete: true),
        ErrorCase("function f", "MissingFunctionBody", "Missing function body in function declaration.", 10, 10, incomplete: true),
        ErrorCase("function f($a", "MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", 13, 13, incomplete: true),
        // PowerShell reports the param block's extent, `param` to `)`, whenever both lists are written.
        ErrorCase("function f($a) { param($b) }", "OnlyOneParameterListAllowed",
                  "The param statement cannot be used if arguments were specified in the function declaration.", 17, 26),
        ErrorCase("function f() { param() }", "OnlyOneParameterListAllowed",
                  "The param statement cannot be used if arguments were specified in the function declaration.", 15, 22),
        ErrorCase("function f($a) {\n  [CmdletBinding()]\n  param ( )\n}", "OnlyOneParameterListAllowed",
                  "The param statement cannot be used if arguments were specified in the function declaration.", 39, 48),
        ErrorCase("function f(1) { }", "InvalidFunctionParameter",
                  "Parameter declarations are a comma-separated list of variable names with optional initializer expressions.", 11, 12),
        ErrorCase("function f($a, $A) { }", "DuplicateFormalParameter", "Duplicate parameter $A in parameter list.", 15, 17),
        ErrorCase("param", "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'param'.", 5, 5, incomplete: true),
        ErrorCase("param($a = )", "ExpectedValueExpression", "You must provide a value expression following the '=' operator.", 10, 10),
        // Scripting.Classes.BasicParsing.Tests.ps1: `class` alone is MissingNameAfterKeyword at offset 5.
        ErrorCase("class", "MissingNameAfterKeyword", "Missing name after class keyword.", 5, 5, incomplete: true),
    ])
    func statements(_ c: ErrorCase) {
        check(c)
    }

    /// What csshell does not support: a clear error rather than a wrong parse.
    @Test(arguments: [
        ErrorCase("using namespace System", "UnsupportedStatement", "The 'using' statement is not supported by csshell.", 0, 5),
        ErrorCase("var", "ReservedKeywordNotAllowed", "The 'var' keyword is not supported in this version of the language.", 0, 3),
        ErrorCase("foreach ($a in $b) { break $x }", "UnsupportedLabel", "A label after 'break' is not supported by csshell.", 27, 29),
    ])
    func unsupported(_ c: ErrorCase) {
        check(c)
    }

    /// switch errors: the first nine (ids and offsets) are the cases of PowerShell's own parser tests
    /// (Parsing.Tests.ps1, "switch statement parsing"); the texts are ParserStrings.resx's.
    @Test(arguments: [
        ErrorCase("switch", "PipelineValueRequired", pipelineValueRequired, 6, 6, incomplete: true),
        ErrorCase("switch -abc", "InvalidSwitchFlag", "The parameter abc is not valid for the switch statement.", 7, 11),
        ErrorCase("switch -file", "MissingFilenameOption",
                  "Cannot process the 'switch' statement because of a missing file name argument to the -file option.", 12, 12, incomplete: true),
        ErrorCase("switch -file a (1)", "PipelineValueRequired", pipelineValueRequired, 15, 16),
        ErrorCase("switch (", "PipelineValueRequired", pipelineValueRequired, 8, 8, incomplete: true),
        ErrorCase("switch ()", "PipelineValueRequired", pipelineValueRequired, 8, 8),
        ErrorCase("switch (\"abc\")  ", "MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.", 14, 14, incomplete: true),
        ErrorCase("switch (\"abc\")  {", "MissingSwitchConditionExpression", "Missing condition in switch statement clause.", 17, 17, incomplete: true),
        ErrorCase("switch (\"abc\")  { 1", "MissingSwitchStatementClause", "Missing statement block in switch statement clause.", 19, 19, incomplete: true),
        ErrorCase("switch (\"abc\")  { 1 }", "MissingSwitchStatementClause", "Missing statement block in switch statement clause.", 19, 19),
        ErrorCase("switch (1) {default {} default {}}", "MultipleSwitchDefaultClauses", "A switch statement can have only one default clause.", 23, 30),
        ErrorCase("switch -bogus (1) { }", "InvalidSwitchFlag", "The parameter bogus is not valid for the switch statement.", 7, 13),
        ErrorCase("switch ($x", "MissingEndParenthesisInSwitchStatement", "Missing ')' after expression in switch statement.", 10, 10, incomplete: true),
        ErrorCase("switch ($x\n{ 1 {} }", "MissingEndParenthesisInSwitchStatement", "Missing ')' after expression in switch statement.", 10, 10),
        ErrorCase("switch -regex\n($x) { 1 {} }", "PipelineValueRequired", pipelineValueRequired, 13, 13),
        ErrorCase("switch ($x) { }", "MissingSwitchConditionExpression", "Missing condition in switch statement clause.", 13, 13),
        ErrorCase("switch ($x) { 1 {}; ) }", "MissingSwitchConditionExpression", "Missing condition in switch statement clause.", 18, 18),
        ErrorCase("switch ($x) { 1 {}", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", 12, 13, incomplete: true),
        // SemanticChecks.VisitSwitchStatement: over the whole statement.
        ErrorCase("switch -parallel ($x) { 1 {} }", "KeywordParameterReservedForFutureUse",
                  "The switch '-parallel' parameter is reserved for future use.", 0, 30),
        ErrorCase("switch -p ($x) { 1 {} }", "KeywordParameterReservedForFutureUse",
                  "The switch '-parallel' parameter is reserved for future use.", 0, 23),
    ])
    func switchErrors(_ c: ErrorCase) {
        check(c)
    }

    @Test func nestingTooDeep() {
        let deep = String(repeating: "(", count: 201) + "1" + String(repeating: ")", count: 201)
        let e = parseError(deep)
        #expect(e?.errorId == "NestingTooDeep")
        #expect(e?.message == "The script is nested too deeply: more than 200 levels of parentheses, braces or brackets.")
        #expect(e?.range == SourceRange(200, 201))
        #expect(e?.isIncomplete == false)
        let ok = String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        #expect(parseError(ok) == nil)
    }

    // MARK: Incomplete vs complete (§1.6)

    @Test func incompleteOnlyWhenNothingButTriviaFollows() {
        #expect(parseError("gps |")?.isIncomplete == true)
        #expect(parseError("gps |  \t")?.isIncomplete == true)
        #expect(parseError("gps | # more later")?.isIncomplete == true)
        #expect(parseError("gps | <# block #>")?.isIncomplete == true)
        #expect(parseError("gps |\n")?.isIncomplete == false)
        #expect(parseError("gps |\n\n")?.isIncomplete == false)
        #expect(parseError("(1+2")?.isIncomplete == true)
        #expect(parseError("(1+2 # c")?.isIncomplete == true)
        #expect(parseError("(1+2\n")?.isIncomplete == false)
        #expect(parseError("{\n  gps\n")?.isIncomplete == true)
        #expect(parseError("{ )")?.isIncomplete == true) // detected at the `)`, which ends the input
        #expect(parseError("{ )\n")?.isIncomplete == false)
        #expect(parseError("\"This is a test")?.isIncomplete == true)
        #expect(parseError("\"line one\nline two")?.isIncomplete == true)
        #expect(parseError("1,2,")?.isIncomplete == true)
        #expect(parseError("1,2,\n")?.isIncomplete == false)
        #expect(parseError("write-output 2,,1")?.isIncomplete == false)
        #expect(parseError("1 +")?.isIncomplete == true)
        #expect(parseError("@{\n a = 1\n")?.isIncomplete == true)
        #expect(parseError("$x = @(\n 1,\n")?.isIncomplete == false)
        #expect(parseError("$x = @(\n 1,")?.isIncomplete == true)
    }

    @Test func lineContinuanceErrors() {
        // LineContinuance.Tests.ps1: these do not parse.
        #expect(parseError("'Hello' + `# This is not a valid comment\n    ' world'")?.errorId == "ExpectedValueExpression")
        #expect(parseError("'Hello' + ``\n    ' world'")?.errorId == "ExpectedValueExpression")
        #expect(parseError("'Hello' |\n\n")?.errorId == "EmptyPipeElement")
        #expect(parseError("'Hello' |\n    |\n\n")?.errorId == "EmptyPipeElement")
        #expect(parseError("'Hello'\n    | # Nothing to see here, move along\n\n")?.errorId == "EmptyPipeElement")
        #expect(parseError("'Hello'\n    |\n\n\n")?.errorId == "EmptyPipeElement")
        #expect(parseError("'Hello'\n\n    | ForEach-Object {\"$_ world\"}\n\n")?.errorId == "EmptyPipeElement")
        #expect(parseError("'Hello'\n\t \u{0B}\u{0C}\u{A0}\u{85}\n    | ForEach-Object {\"$_ world\"}")?.errorId == "EmptyPipeElement")
        #expect(parseError("'Hello'\n`\n    | ForEach-Object {1}")?.errorId == "EmptyPipeElement")
    }

    @Test func errorsPointIntoTheSource() throws {
        let source = SourceText("Get-X -Name a\nGet-Y )")
        let e = try #require(parseError(source.text))
        #expect(source.location(of: e.range.start) == (2, 7))
        #expect(source.text(of: e.range) == ")")
    }

    func check(_ c: ErrorCase, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let e = parseError(c.source) else {
            Issue.record("no error for \(c.source.debugDescription)", sourceLocation: sourceLocation)
            return
        }
        #expect(e.errorId == c.id, sourceLocation: sourceLocation)
        #expect(e.message == c.message, sourceLocation: sourceLocation)
        #expect(e.range == c.range, sourceLocation: sourceLocation)
        #expect(e.isIncomplete == c.incomplete, sourceLocation: sourceLocation)
    }
}
