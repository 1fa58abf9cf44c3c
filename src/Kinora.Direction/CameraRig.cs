namespace Kinora.Direction;

/// <summary>
/// What carries the camera and how hard it may be pushed: peak speed in m/s, acceleration in m/s², jerk in m/s³
/// and turn rate in rad/s. A track that stays inside these reads as a real crew's move; the limits are
/// generous for a steadicam or a hand, tight for a dolly on rails, near zero for a tripod.
/// </summary>
public sealed record CameraRig(string Name, double MaxSpeed, double MaxAcceleration, double MaxJerk, double MaxAngularSpeed)
{
    /// <summary>Locked off on a fluid head: only pans and tilts.</summary>
    public static readonly CameraRig Tripod = new("tripod", 0.05, 0.2, 1.0, 1.5);

    /// <summary>Dolly on track: walking pace at most, gentle starts.</summary>
    public static readonly CameraRig Dolly = new("dolly", 2.5, 1.5, 5.0, 1.0);

    /// <summary>Crane or jib arm: slow, heavy, sweeping.</summary>
    public static readonly CameraRig Crane = new("crane", 2.0, 1.2, 4.0, 0.6);

    /// <summary>A steadicam operator: can run with the actor.</summary>
    public static readonly CameraRig Steadicam = new("steadicam", 5.0, 3.0, 15.0, 1.5);

    /// <summary>On the operator's shoulder: lively, with its own small sway.</summary>
    public static readonly CameraRig Handheld = new("handheld", 6.0, 6.0, 60.0, 2.5);

    /// <summary>The rig a move is shot on.</summary>
    public static CameraRig For(CameraMove move) => move switch
    {
        CameraMove.Static or CameraMove.Pan or CameraMove.Tilt => Tripod,
        CameraMove.DollyIn or CameraMove.DollyOut or CameraMove.Truck or CameraMove.Orbit => Dolly,
        CameraMove.Crane => Crane,
        CameraMove.Follow => Steadicam,
        CameraMove.Handheld => Handheld,
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "unknown camera move"),
    };
}
