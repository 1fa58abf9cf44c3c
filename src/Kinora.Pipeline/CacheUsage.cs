using System.Globalization;
using Kinora.Core;

namespace Kinora.Pipeline;

/// <summary>What a render cache holds: finished entries (a segment, or a soundtrack with its reports) and their bytes.</summary>
public sealed record CacheUsage(int Segments, int Soundtracks, long Bytes)
{
    /// <summary>The budget a cache is pruned to after each render unless $KINORA_CACHE_LIMIT says otherwise.</summary>
    public const long DefaultLimit = 20L << 30;

    /// <summary>The cache's budget in bytes: $KINORA_CACHE_LIMIT (such as 500M, 20G) or <see cref="DefaultLimit"/>.</summary>
    public static long Limit()
    {
        string? text = Environment.GetEnvironmentVariable("KINORA_CACHE_LIMIT");
        if (string.IsNullOrWhiteSpace(text)) return DefaultLimit;
        return TryParseSize(text, out long bytes) ? bytes
            : throw new InputException(SourceLocation.None("KINORA_CACHE_LIMIT"), $"'{text}' is not a size; write bytes or a number with K, M, G or T, as in 20G");
    }

    /// <summary>Bytes from "1500000", "750K", "500M", "20G" or "1.5T" (binary multiples).</summary>
    public static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        string t = text.Trim().ToUpperInvariant();
        if (t.EndsWith("IB", StringComparison.Ordinal)) t = t[..^2];
        else if (t.EndsWith('B')) t = t[..^1];
        int shift = t.Length == 0 ? 0 : t[^1] switch { 'K' => 10, 'M' => 20, 'G' => 30, 'T' => 40, _ => 0 };
        if (shift > 0) t = t[..^1];
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value < 0 || double.IsInfinity(value)) return false;
        double b = value * Math.Pow(2, shift);
        if (b > long.MaxValue / 2) return false;
        bytes = (long)b;
        return true;
    }

    /// <summary>"1.4 GiB", "812 MiB": a size as a person reads it.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0} MiB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0} KiB",
        _ => $"{bytes} B",
    };
}

/// <summary>What a prune removed and what the cache holds after it.</summary>
public sealed record CachePrune(int Removed, long BytesFreed, CacheUsage After);
