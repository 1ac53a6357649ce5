using System.Globalization;
using System.Text.RegularExpressions;

namespace TutorBot.Core.Reminders;

/// <summary>
/// The time zone a reminder keeps, as a string: an IANA name ("Asia/Shanghai", as Teams and Web Chat send it), or,
/// when a channel sends only a local timestamp, its fixed offset ("UTC+08:00", which knows no daylight saving).
/// </summary>
public static partial class ReminderTimeZones
{
    /// <summary>
    /// The zone to keep for a learner: <paramref name="ianaName"/> when this machine knows it, else the offset of
    /// <paramref name="localOffset"/> when given, else <paramref name="fallback"/> (the configured default).
    /// </summary>
    public static string Choose(string? ianaName, TimeSpan? localOffset, string fallback)
    {
        if (!string.IsNullOrWhiteSpace(ianaName) && TryFind(ianaName, out var zone))
        {
            return zone.Id;
        }

        return localOffset is { } offset ? OfOffset(offset) : fallback;
    }

    /// <summary>"UTC+08:00", "UTC-05:30", "UTC+00:00".</summary>
    public static string OfOffset(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="id"/> is a zone this machine knows (IANA or Windows name, or a "UTC±hh:mm" offset).</summary>
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        if (OffsetPattern().Match(id) is { Success: true } match)
        {
            var offset = new TimeSpan(int.Parse(match.Groups["h"].Value), int.Parse(match.Groups["m"].Value), 0);
            if (offset > TimeSpan.FromHours(14))
            {
                return false;
            }

            offset = match.Groups["sign"].Value == "-" ? -offset : offset;
            zone = TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
            return true;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found))
        {
            zone = found;
            return true;
        }

        return false;
    }

    /// <summary>The zone of <paramref name="id"/>; UTC when this machine does not know it (a reminder still goes out, by UTC).</summary>
    public static TimeZoneInfo Find(string id) => TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;

    [GeneratedRegex(@"^UTC(?<sign>[+-])(?<h>\d{2}):(?<m>\d{2})$")]
    private static partial Regex OffsetPattern();
}
