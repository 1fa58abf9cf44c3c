using System.Collections.Immutable;

namespace Kinora.Direction;

/// <summary>
/// One shot measured frame by frame: whether it crosses its exchange's 180° line, whether the cut into it is a
/// jump (under 30° and under two sizes from the previous shot of the same subject), the share of frames (0..1)
/// with a subject's eyes out of frame, the share (0..1) with them in frame but hidden behind a wall, a prop or
/// another actor's body, the camera's peak speed (m/s), acceleration (m/s²), jerk (m/s³) and turn
/// rate (rad/s) at the film's frame rate and whether they keep within its rig, the largest move between two frames (metres), and the
/// frames where the camera is inside a wall, below 0.3 m or above the ceiling. Problems says each in words.
/// </summary>
public sealed record ShotCheck(
    string Id,
    int Scene,
    double Start,
    double End,
    CameraRig Rig,
    bool CrossesLine,
    bool JumpCut,
    double EyesOutOfFrame,
    double EyesOccluded,
    double MaxSpeed,
    double MaxAcceleration,
    double MaxJerk,
    double MaxAngularSpeed,
    double MaxStep,
    int BlockedFrames,
    bool WithinRig,
    ImmutableArray<string> Problems)
{
    public bool Clean => Problems.IsEmpty;

    /// <summary>Share of frames (0..1) in which every watched subject's eyes are in frame and in sight.</summary>
    public double Visibility => Math.Max(0, 1 - EyesOutOfFrame - EyesOccluded);
}
