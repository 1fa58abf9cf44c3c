namespace Kinora.Audio;

/// <summary>
/// How a line is delivered, read from its parenthetical. espeak-ng has no breath or strain control, so each
/// delivery is a change of pitch (0..99 scale offset), speed, espeak amplitude (0..200) and gain in the mix (dB).
/// </summary>
internal sealed record Delivery(string Name, int PitchShift, double RateFactor, int Amplitude, double GainDb)
{
    public static readonly Delivery Normal = new("normal", 0, 1.0, 100, 0);
    /// <summary>Hushed: much quieter, lower and a little slower.</summary>
    public static readonly Delivery Whisper = new("whisper", -12, 0.92, 60, -10);
    /// <summary>Raised voice: louder, higher and faster.</summary>
    public static readonly Delivery Shout = new("shout", 15, 1.12, 140, 4);
    /// <summary>An aside ("to herself", "quietly"): softer and slightly lower.</summary>
    public static readonly Delivery Aside = new("aside", -4, 0.96, 80, -6);

    public static Delivery From(string? parenthetical)
    {
        if (string.IsNullOrWhiteSpace(parenthetical)) return Normal;
        string p = parenthetical.ToLowerInvariant();
        if (p.Contains("whisper") || p.Contains("hush") || p.Contains("sotto")) return Whisper;
        if (p.Contains("shout") || p.Contains("yell") || p.Contains("scream") || p.Contains("calling") || p.Contains("loud")) return Shout;
        if (p.Contains("to herself") || p.Contains("to himself") || p.Contains("to themselves") || p.Contains("to myself")
            || p.Contains("quiet") || p.Contains("soft") || p.Contains("mutter") || p.Contains("murmur") || p.Contains("under")) return Aside;
        return Normal;
    }
}
