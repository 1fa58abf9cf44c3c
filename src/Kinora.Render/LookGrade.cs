using System.Numerics;

namespace Kinora.Render;

/// <summary>
/// A colour grade applied after tone mapping, in display-referred linear RGB: saturation, contrast about
/// mid-grey, lift (added to shadows), gain (multiplies highlights), and a split tone (shadow and highlight tints).
/// </summary>
sealed record LookGrade(float Saturation, float Contrast, Vector3 Lift, Vector3 Gain, Vector3 ShadowTint, Vector3 HighlightTint, float Monochrome)
{
    public static LookGrade For(string look) => look switch
    {
        "natural" => new(1.05f, 1.04f, new(0.000f, 0.000f, 0.004f), new(1.00f, 1.00f, 0.99f), new(0.5f, 0.5f, 0.5f), new(0.5f, 0.5f, 0.5f), 0),
        "noir" => new(0.0f, 1.25f, new(0.004f, 0.004f, 0.004f), new(1.02f, 1.02f, 1.02f), new(0.5f, 0.5f, 0.5f), new(0.5f, 0.5f, 0.5f), 1),
        "warm" => new(1.08f, 1.06f, new(0.010f, 0.004f, 0.000f), new(1.05f, 0.99f, 0.88f), new(0.52f, 0.48f, 0.44f), new(0.56f, 0.50f, 0.42f), 0),
        "cold" => new(0.90f, 1.08f, new(0.000f, 0.004f, 0.012f), new(0.92f, 0.99f, 1.06f), new(0.44f, 0.50f, 0.56f), new(0.48f, 0.51f, 0.53f), 0),
        "documentary" => new(0.85f, 0.97f, new(0.006f, 0.006f, 0.006f), new(0.98f, 0.98f, 0.96f), new(0.49f, 0.50f, 0.50f), new(0.51f, 0.50f, 0.48f), 0),
        "pastel" => new(0.70f, 0.82f, new(0.040f, 0.035f, 0.045f), new(1.00f, 0.97f, 0.98f), new(0.50f, 0.48f, 0.54f), new(0.54f, 0.50f, 0.50f), 0),
        _ => throw new ArgumentException($"Unknown look '{look}': use natural, noir, warm, cold, documentary or pastel.", nameof(look)),
    };
}
