// Parse-error texts: PowerShell's ParserStrings.resx wording, keyed by ErrorId. The few ids that
// PowerShell does not have (csshell limits) are marked.

enum ParseMessages {
    static let emptyPipeElement = "An empty pipe element is not allowed."
    static let expressionsMustBeFirstInPipeline = "Expressions are only allowed as the first element of a pipeline."
    static func parameterRequiresArgument(_ parameter: String) -> String { "Parameter \(parameter) requires an argument." }
    static let missingArgument = "Missing argument in parameter list."
    static func unexpectedToken(_ token: String) -> String { "Unexpected token '\(token)' in expression or statement." }
    static func terminatorExpectedAtEndOfString(_ terminator: String) -> String { "The string is missing the terminator: \(terminator)." }
    static let missingEndCurlyBrace = "Missing closing '}' in statement block or type definition."
    static let missingEndParenthesisInExpression = "Missing closing ')' in expression."
    static let missingEndParenthesisInSubexpression = "Missing closing ')' in subexpression."
    static func expectedValueExpression(_ op: String) -> String { "You must provide a value expression following the '\(op)' operator." }
    static let expectedExpression = "An expression was expected after '('."
    static let missingColonInTernaryExpression = "Missing ':' in the ternary expression."
    static let emptyPipelineChainElement = "A pipeline chain operator must be followed by a pipeline."
    static let missingTrapStatement = "The 'trap' statement was incomplete. A trap statement requires a body."
    static let invalidVariableReferenceWithDrive = "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name."
    static let invalidBracedVariableReference = "Variable reference is not valid. The variable name is missing."
    static let missingTerminatorMultiLineComment = "The terminator '#>' is missing from the multiline comment."
    static let requiresInvalidFormat = "Cannot process the #requires statement because it is not in the correct format.\nThe #requires statement must be in one of the following formats: \n \"#requires -shellid <shellID>\" \n \"#requires -version <major.minor>\" \n \"#requires -psedition <edition>\" \n \"#requires -pssnapin <psSnapInName> [-version <major.minor>]\" \n \"#requires -modules <ModuleSpecification>\" \n \"#requires -runasadministrator\""
    static let requiresVersionInvalid = "Cannot process the #requires statement because the version it names is not valid: use the form major.minor, such as 7.4."
    static func redirectionNotSupported(_ op: String) -> String { "The '\(op)' operator is reserved for future use." }
    static func splattingNotPermitted(_ name: String) -> String {
        "The splatting operator '@' cannot be used to reference variables in an expression. '@\(name)' can be used only as an argument to a command. To reference variables in an expression use '$\(name)'."
    }
    static func splattingNotPermittedInArgumentList(_ name: String) -> String {
        "Splatted variables like '@\(name)' cannot be part of a comma-separated list of arguments."
    }
    static func noPropertiesInSplatting(_ name: String) -> String {
        "Cannot expand the splatted variable '@\(name)'. Splatted variables cannot be used as part of a property or array expression. Assign the result of the expression to a temporary variable then splat the temporary variable instead."
    }
    static func missingExpression(_ token: String) -> String { "Missing expression after '\(token)' in pipeline element." }
    static func missingExpressionAfterToken(_ token: String) -> String { "Missing expression after '\(token)'." }
    static func missingExpressionAfterOperator(_ op: String) -> String { "Missing expression after unary operator '\(op)'." }
    static let missingFileSpecification = "Missing file specification after redirection operator."
    static func streamAlreadyRedirected(_ stream: String) -> String { "The \(stream) for this command is already redirected." }
    static let invalidUnicodeEscapeSequence = "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'."
    static let invalidUnicodeEscapeSequenceValue = "The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF."
    static let missingUnicodeEscapeSequenceTerminator = "The Unicode escape sequence is missing the closing '}'."
    static let tooManyDigitsInUnicodeEscapeSequence = "The Unicode escape sequence contains more than the maximum of six hex digits between braces."
    static let whitespaceBeforeHereStringFooter = "White space is not allowed before the string terminator."
    static let unexpectedCharactersAfterHereStringHeader = "No characters are allowed after a here-string header but before the end of the line."
    static let incompleteString = "Incomplete string token."
    static let incompleteDollarVariableReference = "${variable} reference starting is missing the closing '}'."
    static let incompleteDollarSubexpressionReference = "$(subexpression) is missing the closing ')'."
    static let emptyVariableReference = "An empty ${} variable reference was found. A name is required inside the braces."
    static let openBraceNeedsToBeBackTickedInVariableName = "Use `{ instead of { in variable names."
    static let unrecognizedToken = "Unrecognized token in source text."
    static func badNumericConstant(_ text: String) -> String { "The numeric constant \(text) is not valid." }
    static func duplicateKeyInHashLiteral(_ key: String) -> String { "Duplicate keys '\(key)' are not allowed in hash literals." }
    static let missingEqualsInHashLiteral = "Missing '=' operator after key in hash literal."
    static let missingStatementInHashLiteral = "Missing statement after '=' in hash literal."
    static func orderedAttributeOnlyOnHashLiteralNode(_ name: String) -> String { "The \(name) attribute can be specified only on a hash literal node." }
    static let missingArrayIndexExpression = "Array index expression is missing or not valid."
    static let missingEndSquareBracket = "Missing ']' after array index expression."
    static let missingPropertyName = "Missing property name after reference operator."
    static let missingEndParenthesisInMethodCall = "Missing ')' in method call."
    static let invalidLeftHandSide = "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property."
    static func missingOpenParenthesisInIfStatement(_ keyword: String) -> String { "Missing '(' after '\(keyword)' in if statement." }
    static func ifStatementMissingCondition(_ keyword: String) -> String { "Missing condition in if statement after '\(keyword) ('." }
    static func missingEndParenthesisAfterStatement(_ keyword: String) -> String { "Missing closing ')' after expression in '\(keyword)' statement." }
    static func missingStatementBlock(_ keyword: String) -> String { "Missing statement block after \(keyword) ( condition )." }
    static let missingStatementBlockAfterElse = "Missing statement block after 'else' keyword."
    static func missingOpenParenthesisAfterKeyword(_ keyword: String) -> String { "Missing opening '(' after keyword '\(keyword)'." }
    static let foreachForm = "\nThe correct form is: foreach ($a in $b) {...}"
    static let missingVariableNameAfterForeach = "Missing variable name after foreach." + foreachForm
    static let missingInInForeach = "Missing 'in' after variable in foreach loop." + foreachForm
    static let missingForeachExpression = "Missing expression in foreach loop." + foreachForm
    static let missingEndParenthesisAfterForeach = "Missing closing ')' after expression part of foreach loop." + foreachForm
    static let missingForeachStatement = "Missing statement body in foreach loop." + foreachForm
    static func invalidForeachFlag(_ name: String) -> String { "The parameter \(name) is not valid for the foreach statement." }
    static let missingThrottleLimit = "The ThrottleLimit parameter of the foreach statement is missing a value. Supply a throttle limit to the parameter."
    static func missingLoopStatement(_ keyword: String) -> String { "Missing statement body in \(keyword) loop." }
    static func missingExpressionAfterKeyword(_ keyword: String) -> String { "Missing expression after '\(keyword)' in loop." }
    static let missingWhileOrUntilInDoWhile = "Missing while or until keyword in do loop."
    static let missingTryStatementBlock = "The Try statement is missing its statement block."
    static let missingCatchOrFinally = "The Try statement is missing its Catch or Finally block."
    static let missingCatchHandlerBlock = "The Catch block is missing its statement block."
    static let missingFinallyStatementBlock = "The Finally block is missing its statement block."
    static let emptyCatchNotLast = "Catch block must be the last catch block."
    static let missingTypeLiteralToken = "Missing type literal."
    static func missingNameAfterKeyword(_ keyword: String) -> String { "Missing name after \(keyword) keyword." }
    static let missingFunctionBody = "Missing function body in function declaration."
    static let missingEndParenthesisInFunctionParameterList = "Missing ')' in function parameter list."
    static let onlyOneParameterListAllowed = "The param statement cannot be used if arguments were specified in the function declaration."
    static let invalidFunctionParameter = "Parameter declarations are a comma-separated list of variable names with optional initializer expressions."
    static func duplicateFormalParameter(_ name: String) -> String { "Duplicate parameter $\(name) in parameter list." }
    static let missingTypename = "Missing type name after '['."
    static let endSquareBracketExpectedAtEndOfAttribute = "Missing ] at end of attribute or type literal."
    static func unexpectedAttribute(_ name: String) -> String { "Unexpected attribute '\(name)'." }
    static func reservedKeywordNotAllowed(_ keyword: String) -> String { "The '\(keyword)' keyword is not supported in this version of the language." }
    static func invalidEndOfLine(_ token: String) -> String { "The token '\(token)' is not a valid statement separator in this version." }
    static func missingNamedStatementBlock(_ keyword: String) -> String { "Missing statement block after '\(keyword)'." }
    static func assignmentStatementToAutomaticNotSupported(_ name: String, _ type: String) -> String {
        "Cannot assign automatic variable '\(name)' with type '\(type)'"
    }
    static let controlLeavingFinally = "Control cannot leave a finally block."
    static func missingNamedBlocks(_ token: String) -> String {
        "Unexpected token '\(token)', expected 'begin', 'process', 'end', 'clean', or 'dynamicparam'."
    }
    static func invalidSwitchFlag(_ name: String) -> String { "The parameter \(name) is not valid for the switch statement." }
    static let missingFilenameOption = "Cannot process the 'switch' statement because of a missing file name argument to the -file option."
    // Two spaces after the colon, as in ParserStrings.resx.
    static let pipelineValueRequired = "A switch statement must have one of the following:  '-file file_name' or '( expression )'."
    static let missingEndParenthesisInSwitchStatement = "Missing ')' after expression in switch statement."
    static let missingCurlyBraceInSwitchStatement = "Missing '{' in switch statement."
    static let missingSwitchConditionExpression = "Missing condition in switch statement clause."
    static let missingSwitchStatementClause = "Missing statement block in switch statement clause."
    static let multipleSwitchDefaultClauses = "A switch statement can have only one default clause."
    static func keywordParameterReservedForFutureUse(_ keyword: String, _ parameter: String) -> String {
        "The \(keyword) '-\(parameter)' parameter is reserved for future use."
    }

    // csshell's own limits (no PowerShell equivalent).
    static let nestingTooDeep = "The script is nested too deeply: more than 200 levels of parentheses, braces or brackets."
    static func unsupportedStatement(_ keyword: String) -> String { "The '\(keyword)' statement is not supported by csshell." }
    static func unsupportedLabel(_ keyword: String) -> String { "A label after '\(keyword)' is not supported by csshell." }
}
