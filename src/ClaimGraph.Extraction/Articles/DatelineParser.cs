using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Articles;

/// <summary>
/// Recognises a dateline at the start of a paragraph. Two common shapes:
/// "Agency, Place, Month Day[, Year] (Reporter Name)" / "Agency, Month Day." and the wire shape
/// "PLACE, Month Day (Agency) --"; and a header line that states the date: "Published: 2021-07-15",
/// "Date: March 12, 2023".
/// </summary>
public static partial class DatelineParser
{
    private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d\d))?";

    [GeneratedRegex(@"^(?<agency>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}),\s+(?:(?<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+)?" + Month + @"\s+" + Day +
                    @"(?:\s*\((?:Reporters?\s+)?(?<reporters>[^()]{2,80})\))?\s*[.,:]?",
                    RegexOptions.CultureInvariant)]
    private static partial Regex AgencyFirst();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z .'-]{1,40}),\s+" + Month + @"\s+" + Day + @"\s*\((?<agency>[^()]{2,40})\)\s*(?:--|—|-)?",
                    RegexOptions.CultureInvariant)]
    private static partial Regex PlaceFirst();

    [GeneratedRegex(@"^(?:Published|Posted|Updated|Released|Date)(?:\s+on)?\s*[:：]?\s*(?:(?<year>(?:19|20)\d\d)-(?<monthNumber>[01]?\d)-(?<day>[0-3]?\d)\b|" + Month + @"\s+" + Day + ")",
                    RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();

    /// <summary>The dateline at the start of <paramref name="paragraph"/>, with its length in UTF-16 units.</summary>
    public static bool TryParse(string paragraph, out Dateline? dateline, out int length)
    {
        var header = DateHeader().Match(paragraph);
        if (header.Success)
        {
            int month = header.Groups["monthNumber"].Success ? int.Parse(header.Groups["monthNumber"].Value, System.Globalization.CultureInfo.InvariantCulture) : MonthNumber(header.Groups["month"].Value);
            int day = int.Parse(header.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            int? year = header.Groups["year"].Success ? int.Parse(header.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
            {
                dateline = new Dateline(header.Value.Trim(), null, null, month, day, year, []);
                length = header.Length;
                return true;
            }
        }
        foreach (var regex in new[] { PlaceFirst(), AgencyFirst() })
        {
            var m = regex.Match(paragraph);
            if (!m.Success) continue;
            int month = MonthNumber(m.Groups["month"].Value);
            int day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (day is < 1 or > 31) continue;
            int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            var reporters = m.Groups["reporters"].Success
                ? m.Groups["reporters"].Value.Split([',', '、', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(r => r.StartsWith("Reporter ", StringComparison.Ordinal) ? r[9..] : r).ToArray()
                : [];
            string? place = m.Groups["place"].Success ? m.Groups["place"].Value.Trim() : null;
            string? agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;
            dateline = new Dateline(m.Value.Trim(), agency, place, month, day, year, reporters);
            length = m.Length;
            return true;
        }
        dateline = null;
        length = 0;
        return false;
    }

    /// <summary>1..12 for an English month name or its abbreviation; 0 when it is not one.</summary>
    public static int MonthNumber(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        return key.Length < 3 ? 0 : key[..3] switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => 0,
        };
    }
}
