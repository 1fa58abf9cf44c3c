using Kinora.Core;

namespace Kinora.Cli;

/// <summary>
/// The command line split into flags and positionals, strictly: an unknown flag, a flag without its value, or a
/// value that does not parse is a diagnostic that names the flag and says what would be right.
/// </summary>
public sealed class Arguments
{
    readonly Dictionary<string, string?> flags = new(StringComparer.Ordinal);
    readonly List<Diagnostic> errors = [];

    public List<string> Positionals { get; } = [];

    public Arguments(IEnumerable<string> args, IReadOnlySet<string> valueFlags, IReadOnlySet<string> switches)
    {
        var queue = new Queue<string>(args);
        while (queue.Count > 0)
        {
            string a = queue.Dequeue();
            if (a.StartsWith('-') && a.Length > 1)
            {
                string name = a;
                string? inline = null;
                int eq = a.IndexOf('=');
                if (eq > 0) { name = a[..eq]; inline = a[(eq + 1)..]; }
                if (switches.Contains(name)) { flags[name] = null; continue; }
                if (!valueFlags.Contains(name)) { Error($"unknown option '{name}'"); continue; }
                string? value = inline ?? (queue.Count > 0 ? queue.Dequeue() : null);
                if (value is null) { Error($"option '{name}' needs a value"); continue; }
                if (flags.ContainsKey(name)) { Error($"option '{name}' is given twice"); continue; }
                flags[name] = value;
            }
            else Positionals.Add(a);
        }
    }

    public IReadOnlyList<Diagnostic> Errors => errors;

    public void Error(string message) => errors.Add(new Diagnostic(SourceLocation.None("command line"), message));

    public bool Has(string flag) => flags.ContainsKey(flag);

    public string? Value(string flag) => flags.TryGetValue(flag, out var v) ? v : null;

    public double? Number(string flag, double min, double max, string unit)
    {
        var v = Value(flag);
        if (v is null) return null;
        if (!double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double d) || !double.IsFinite(d))
        {
            Error($"{flag} must be a number of {unit}, not '{v}'");
            return null;
        }
        if (d < min || d > max)
        {
            Error($"{flag} {v} is out of range: give {min}–{max} {unit}");
            return null;
        }
        return d;
    }

    public long? Integer(string flag, long min, long max)
    {
        var v = Value(flag);
        if (v is null) return null;
        if (!long.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long n) || n < min || n > max)
        {
            Error($"{flag} must be a whole number from {min} to {max}, not '{v}'");
            return null;
        }
        return n;
    }
}
