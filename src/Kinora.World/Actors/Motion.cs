using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Where a body is and what its feet do at an instant, before the pose is worked out: ground position and
/// facing, feet on the ground (y = lift), how far seated (0..1), and the gait when moving.
/// </summary>
public readonly record struct Motion(
    Vector3 Position,
    float Facing,
    Vector3 LeftFoot,
    Vector3 RightFoot,
    bool LeftPlanted,
    bool RightPlanted,
    float Sit,
    Seat? Seat,
    float Speed,
    Gait Gait,
    float StepLength);
