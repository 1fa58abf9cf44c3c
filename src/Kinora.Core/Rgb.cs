using System.Globalization;
using System.Numerics;

namespace Kinora.Core;

/// <summary>An sRGB colour as a person writes it ("#c8a040"); <see cref="Linear"/> is what shaders light.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static bool TryParse(string? text, out Rgb rgb)
    {
        rgb = default;
        if (text is null) return false;
        var s = text.Trim();
        if (s.StartsWith('#')) s = s[1..];
        if (s.Length != 6 || !uint.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint v)) return false;
        rgb = new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v);
        return true;
    }

    public Vector3 Linear => new(ToLinear(R), ToLinear(G), ToLinear(B));

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    static float ToLinear(byte c)
    {
        double s = c / 255.0;
        return (float)(s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4));
    }
}
