using System.Collections.Immutable;
using Kinora.Direction;

namespace Kinora.Pipeline;

/// <summary>
/// What `kinora check` finds: the craft report (line, 30° rule, visibility, camera physics, shot lengths) and
/// the world's continuity (planted feet that slide, bodies that overlap each other or the set, one look per
/// character, the sun where the story clock puts it), per shot and for the film. Violations says each broken
/// rule in words, prefixed by the shot id or "film"; empty means the film is clean.
/// </summary>
public sealed record ContinuityReport(
    string Title,
    double Duration,
    int Fps,
    int Frames,
    CoverageReport Coverage,
    ImmutableArray<ShotContinuity> Shots,
    ImmutableArray<CharacterContinuity> Characters,
    ImmutableArray<SunCheck> Sun,
    double MaxFootSlide,
    string? WorstFootSlide,
    int Interpenetrations,
    ImmutableArray<string> Violations)
{
    /// <summary>The most a planted foot may move between two frames, in centimetres.</summary>
    public const double FootSlideAllowed = 2.0;

    /// <summary>How far the sun may stand from where the story clock puts it, in degrees of elevation or azimuth.</summary>
    public const double SunAllowed = 0.5;

    public bool Clean => Violations.IsEmpty;

    /// <summary>Frame×props in which a prop sinks more than a millimetre into the ground, the set or another prop.</summary>
    public int PropInterpenetrations { get; init; }

    /// <summary>Frame×props in which a prop reaches more than a centimetre into a person's body (their capsules).</summary>
    public int PropBodyInterpenetrations { get; init; }

    public double MaxSunElevationError => Sun.IsEmpty ? 0 : Sun.Max(s => s.ElevationError);

    public double MaxSunAzimuthError => Sun.IsEmpty ? 0 : Sun.Max(s => s.AzimuthError);
}
