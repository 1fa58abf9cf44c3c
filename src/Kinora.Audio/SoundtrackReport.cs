using System.Collections.Immutable;

namespace Kinora.Audio;

/// <summary>
/// What the mix came to, measured on the written 16-bit file: integrated loudness in LUFS (ITU-R BS.1770-4,
/// gated), true peak in dBTP (4× oversampled), and every spoken line in film order.
/// </summary>
public sealed record SoundtrackReport(double IntegratedLufs, double TruePeakDbtp, ImmutableArray<SpokenLine> Lines)
{
    /// <summary>The score's cues (one per scene), empty when the film has no score.</summary>
    public ImmutableArray<ScoreCue> Cues { get; init; } = [];

    /// <summary>Every foley sound placed, in time order.</summary>
    public ImmutableArray<FoleyCue> Foley { get; init; } = [];

    /// <summary>Lip-sync for the world: the speakers' visemes over film time, from the phonemes of each line as mixed.</summary>
    public Kinora.World.MouthTrack Mouths { get; init; } = Kinora.World.MouthTrack.Silent;
}
