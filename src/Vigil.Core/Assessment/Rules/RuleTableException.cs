namespace Vigil.Core.Assessment.Rules;

/// <summary>A rule table is malformed; the message names the scheme, the rule and the field.</summary>
public sealed class RuleTableException(string message, Exception? inner = null) : Exception(message, inner);
