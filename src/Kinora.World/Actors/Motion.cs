using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Where a body is and what its feet do at an instant, before the pose is worked out: ground position and
/// facing, feet on the ground (y = lift), how far seated (0..1), the gait when moving, and how far lying down
/// on the ground (0 standing, 1 on their back, legs toward the facing and head away from it).
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
    float StepLength,
    float Lie = 0);
