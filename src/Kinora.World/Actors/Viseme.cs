namespace Kinora.World;

/// <summary>
/// The mouth shapes lip-sync uses: closed (rest), open A ("father"), wide E ("see", "bed"), round O/U ("go",
/// "food", "w"), F/V (lower lip to the upper teeth) and M/B/P (lips pressed).
/// </summary>
public enum Viseme { Closed, Open, Wide, Round, LabioDental, Pressed }

/// <summary>
/// A mouth at one instant: jaw opening 0..1 (1 ≈ 20° of jaw), spread −1..1 (wide positive, rounded negative),
/// lower lip tucked under the teeth 0..1 (F/V), lips pressed 0..1 (M/B/P).
/// </summary>
public readonly record struct MouthShape(float Open, float Spread, float Tuck, float Press)
{
    public static MouthShape Rest => default;

    /// <summary>The target shape of a viseme.</summary>
    public static MouthShape Of(Viseme v) => v switch
    {
        Viseme.Open => new(0.85f, 0.15f, 0, 0),
        Viseme.Wide => new(0.35f, 0.9f, 0, 0),
        Viseme.Round => new(0.4f, -0.9f, 0, 0),
        Viseme.LabioDental => new(0.12f, 0.1f, 1, 0),
        Viseme.Pressed => new(0f, 0f, 0, 1),
        _ => default,
    };

    public static MouthShape Lerp(MouthShape a, MouthShape b, float u) => new(
        a.Open + (b.Open - a.Open) * u, a.Spread + (b.Spread - a.Spread) * u,
        a.Tuck + (b.Tuck - a.Tuck) * u, a.Press + (b.Press - a.Press) * u);
}
