using System.Numerics;

namespace Kinora.World;

/// <summary>
/// The driver's hands on the wheel: at ten to two on the rim, the elbows bent down and out by two-bone IK, blended
/// in as the driver settles into the seat (so the hands come to the wheel while getting in and leave it getting out).
/// </summary>
public static class Steering
{
    /// <summary>Where the hands hold the rim: ten to two, in radians from three o'clock.</summary>
    const float LeftGrip = MathF.PI * 5 / 6, RightGrip = MathF.PI / 6;

    /// <summary>The world points of the left and right grips on a vehicle's wheel at a pose, or null for a vehicle without one.</summary>
    public static (Vector3 Left, Vector3 Right)? Grips(VehicleDesign design, Vector3 at, float heading)
    {
        if (design.SteeringWheel is not { } centre) return null;
        var turn = VehicleDesign.Turn(heading);
        Vector3 Rim(float angle) => at + Vector3.Transform(centre + VehicleDesign.WheelRadius * (MathF.Cos(angle) * Vector3.UnitZ + MathF.Sin(angle) * VehicleDesign.WheelUp), turn);
        return (Rim(LeftGrip), Rim(RightGrip));
    }

    /// <summary>The pose with both hands on the wheel, by share (0..1: how far seated).</summary>
    public static BodyPose Grip(BodyPose pose, Skeleton k, (Vector3 Left, Vector3 Right) grips, float share)
    {
        if (share <= 0) return pose;
        var right = new Vector3(MathF.Cos(pose.Facing), 0, -MathF.Sin(pose.Facing));
        var (le, lh) = Arm(pose.LeftShoulder, Vector3.Lerp(pose.LeftHand, grips.Left, share), k, -right);
        var (re, rh) = Arm(pose.RightShoulder, Vector3.Lerp(pose.RightHand, grips.Right, share), k, right);
        return pose with { LeftElbow = le, LeftHand = lh, RightElbow = re, RightHand = rh };
    }

    static (Vector3 Elbow, Vector3 Hand) Arm(Vector3 shoulder, Vector3 hand, Skeleton k, Vector3 outward)
    {
        // Out of reach the arm stretches toward the grip as far as it goes.
        float reach = (k.UpperArm + k.Forearm) * 0.999f;
        var d = hand - shoulder;
        if (d.Length() > reach) hand = shoulder + Vector3.Normalize(d) * reach;
        var elbow = Humanoid.Knee(shoulder, hand, k.UpperArm, k.Forearm, Vector3.Normalize(outward - Vector3.UnitY));
        return (elbow, hand);
    }
}
