using System.Collections.Immutable;

namespace Kinora.Direction;

/// <summary>
/// One shot of the shot list: film time [Start, End) in seconds, what it frames, how big, how the camera moves,
/// the lens (focal length in mm on a 35 mm full-frame sensor, aperture as an f-number), and why it was chosen.
/// Angle is the camera's bearing around the subject in degrees (0 = in front of the subject, 90 = their left);
/// for a two-shot or group, "in front" means along the line from Subjects[0] toward Subjects[1].
/// Height is the camera's height above the ground in metres. Scene is the <c>ScenePlan.Index</c> it belongs to.
/// </summary>
public sealed record Shot(
    string Id,
    int Scene,
    double Start,
    double End,
    ShotSize Size,
    CameraMove Move,
    ImmutableArray<string> Subjects,
    double FocalLength,
    double Aperture,
    double Angle,
    double Height,
    string Reason)
{
    public double Duration => End - Start;

    /// <summary>Who the shot frames (a single, over the shoulder, a two-shot, a group).</summary>
    public ShotType Type { get; init; } = ShotType.Single;

    /// <summary>How the film comes into this shot from the one before (or, for the first shot, from black).</summary>
    public Transition TransitionIn { get; init; } = Transition.Cut;

    /// <summary>How the film leaves this shot when nothing follows it: a fade to black at the end of the film, or a cut.</summary>
    public Transition TransitionOut { get; init; } = Transition.Cut;

    /// <summary>The subject the framing is built on, or null for a shot of the empty set.</summary>
    public string? Primary => Subjects.IsDefaultOrEmpty ? null : Subjects[0];
}
