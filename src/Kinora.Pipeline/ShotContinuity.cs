using System.Collections.Immutable;

namespace Kinora.Pipeline;

/// <summary>
/// The world's continuity inside one shot: the largest slide of a planted foot between two frames
/// (centimetres), how many frame×pair overlaps of bodies with each other or with the set it holds, and each
/// present character's appearance hash, sampled in the shot. PropInterpenetrations counts frame×props where a
/// prop reaches more than a millimetre into the ground, the set or another prop; PropBodyInterpenetrations those
/// where a prop reaches more than a centimetre into someone's body.
/// </summary>
public sealed record ShotContinuity(string Id, double FootSlide, int Interpenetrations, ImmutableArray<CharacterLook> Looks)
{
    public int PropInterpenetrations { get; init; }
    public int PropBodyInterpenetrations { get; init; }
}
