namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// What a figure is about, read from its sentence: the noun phrase it counts (as written and as
/// normalised keys), the verb that says what was done, and a qualifier that narrows it
/// (“two-card” in “two-card” criminal gangs).
/// </summary>
/// <param name="NounPhrase">The counted noun phrase as written ("key criminal suspects"), or "" when none was found.</param>
/// <param name="Head">The head noun, singular ("suspect").</param>
/// <param name="Compound">The head with the noun before it, singular ("phone card"), or null.</param>
/// <param name="Verb">The verb as written ("have been eliminated" gives "eliminated"), or null.</param>
/// <param name="VerbKey">The verb's stem ("eliminat"), or null.</param>
/// <param name="Qualifier">The normalised qualifier ("two card"), or null.</param>
/// <param name="QualifierInherited">True when the qualifier came from an earlier figure of the same sentence.</param>
public sealed record FigureFrame(
    string NounPhrase,
    string Head,
    string? Compound,
    string? Verb,
    string? VerbKey,
    string? Qualifier,
    bool QualifierInherited = false);
