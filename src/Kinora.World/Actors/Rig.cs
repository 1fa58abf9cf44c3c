using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Turns a body's joint positions (<see cref="BodyPose"/>) and a mouth shape into the skeleton's joint frames,
/// and those into skinning matrices. Each bone's frame has Y along the bone and X toward the body's right, so the
/// frame is defined for every pose the actions make (limbs bend in the body's forward plane) and a bone has no
/// twist to lose. The bind pose is the skeleton standing at the origin facing −Z, arms hanging.
/// </summary>
public static class Rig
{
    /// <summary>The body standing at the origin facing −Z: the pose the mesh is modelled in.</summary>
    public static BodyPose BindPose(Skeleton k)
    {
        float h = k.Height;
        var up = Vector3.UnitY;
        var right = Vector3.UnitX;
        var fwd = -Vector3.UnitZ;
        var pelvis = up * (k.HipHeight - 0.01f * h);
        var chest = pelvis + up * (0.19f * h);
        var neck = pelvis + up * k.Spine;
        var head = neck + up * (k.Neck + k.Head * 0.5f);
        var eyes = head + fwd * (0.055f * h) + up * (0.012f * h);
        (Vector3 Shoulder, Vector3 Elbow, Vector3 Hand) Arm(float side)
        {
            var shoulder = neck - up * (0.035f * h) + right * (side * k.ShoulderHalfWidth);
            var elbow = shoulder + Vector3.Normalize(-up + right * (side * 0.12f)) * k.UpperArm;
            var hand = elbow + Vector3.Normalize(-up * MathF.Cos(0.1f) + fwd * MathF.Sin(0.1f) + right * (side * 0.05f)) * k.Forearm;
            return (shoulder, elbow, hand);
        }
        (Vector3 Hip, Vector3 Knee, Vector3 Ankle) Leg(float side)
        {
            var hip = pelvis + right * (side * k.HipHalfWidth);
            var ankle = new Vector3(hip.X, k.Ankle, 0);
            return (hip, Humanoid.Knee(hip, ankle, k.Thigh, k.Shin, fwd), ankle);
        }
        var (ls, le, lh) = Arm(-1);
        var (rs, re, rh) = Arm(1);
        var (lhip, lk, la) = Leg(-1);
        var (rhip, rk, ra) = Leg(1);
        return new BodyPose(pelvis, chest, neck, head, eyes, ls, le, lh, rs, re, rh, lhip, lk, la, rhip, rk, ra, 0, fwd, true, true);
    }

    /// <summary>Where the jaw hinges, in the head's frame (metres per metre of height).</summary>
    static readonly Vector3 JawHinge = new(0, 0.045f, 0.015f);

    /// <summary>The world frame of every joint (rows: X, Y, Z axes, then origin), indexed by <see cref="BodyJoint"/>.</summary>
    public static void Frames(Skeleton k, BodyPose p, MouthShape mouth, Span<Matrix4x4> frames)
    {
        float h = k.Height;
        var up = Vector3.UnitY;
        var right = new Vector3(MathF.Cos(p.Facing), 0, -MathF.Sin(p.Facing));
        var spineUp = Normal(p.Neck - p.Pelvis, up);
        var headBase = p.Neck + spineUp * k.Neck;
        var headUp = Normal(p.Head - headBase, spineUp);
        var headRight = Normal(Vector3.Cross(p.HeadForward, headUp), right);

        // The hips stay upright through every lean a standing or seated body makes, and lie back with the spine.
        var rootUp = p.Recline > 0 ? Normal(Vector3.Lerp(up, spineUp, Math.Clamp(p.Recline, 0f, 1f)), up) : up;
        frames[(int)BodyJoint.Root] = Frame(p.Pelvis, rootUp, right);
        frames[(int)BodyJoint.Spine] = Frame(p.Pelvis, p.Chest - p.Pelvis, right);
        frames[(int)BodyJoint.Chest] = Frame(p.Chest, p.Neck - p.Chest, right);
        frames[(int)BodyJoint.Neck] = Frame(p.Neck, headBase - p.Neck, Vector3.Lerp(right, headRight, 0.5f));
        var head = Frame(headBase, headUp, headRight);
        frames[(int)BodyJoint.Head] = head;

        // The mouth: the jaw turns about its hinge; lips and corners move in the head's frame.
        var hinge = JawHinge * h;
        var jawLocal = Matrix4x4.CreateTranslation(-hinge) * Matrix4x4.CreateRotationX(-0.36f * mouth.Open) * Matrix4x4.CreateTranslation(hinge);
        var jaw = jawLocal * head;
        frames[(int)BodyJoint.Jaw] = jaw;
        float round = MathF.Max(0, -mouth.Spread), wide = MathF.Max(0, mouth.Spread);
        frames[(int)BodyJoint.UpperLip] = Matrix4x4.CreateTranslation(new Vector3(0, 0.002f * mouth.Open - 0.0015f * mouth.Press, -0.005f * round) * h) * head;
        frames[(int)BodyJoint.LowerLip] = Matrix4x4.CreateTranslation(new Vector3(0, 0.008f * mouth.Tuck + 0.0015f * mouth.Press, 0.004f * mouth.Tuck - 0.005f * round) * h) * jaw;
        float spread = (0.006f * wide - 0.008f * round) * h;
        frames[(int)BodyJoint.MouthLeft] = Matrix4x4.CreateTranslation(new Vector3(-spread, 0.0015f * wide * h, -0.003f * round * h)) * head;
        frames[(int)BodyJoint.MouthRight] = Matrix4x4.CreateTranslation(new Vector3(spread, 0.0015f * wide * h, -0.003f * round * h)) * head;

        var chest = frames[(int)BodyJoint.Chest];
        frames[(int)BodyJoint.LeftShoulder] = WithOrigin(chest, p.LeftShoulder);
        frames[(int)BodyJoint.RightShoulder] = WithOrigin(chest, p.RightShoulder);
        frames[(int)BodyJoint.LeftUpperArm] = Frame(p.LeftShoulder, p.LeftElbow - p.LeftShoulder, right);
        frames[(int)BodyJoint.LeftForearm] = Frame(p.LeftElbow, p.LeftHand - p.LeftElbow, right);
        frames[(int)BodyJoint.LeftHand] = WithOrigin(frames[(int)BodyJoint.LeftForearm], p.LeftHand);
        frames[(int)BodyJoint.RightUpperArm] = Frame(p.RightShoulder, p.RightElbow - p.RightShoulder, right);
        frames[(int)BodyJoint.RightForearm] = Frame(p.RightElbow, p.RightHand - p.RightElbow, right);
        frames[(int)BodyJoint.RightHand] = WithOrigin(frames[(int)BodyJoint.RightForearm], p.RightHand);
        frames[(int)BodyJoint.LeftThigh] = Frame(p.LeftHip, p.LeftKnee - p.LeftHip, right);
        frames[(int)BodyJoint.LeftShin] = Frame(p.LeftKnee, p.LeftAnkle - p.LeftKnee, right);
        frames[(int)BodyJoint.LeftFoot] = Frame(p.LeftAnkle, up, right);
        frames[(int)BodyJoint.RightThigh] = Frame(p.RightHip, p.RightKnee - p.RightHip, right);
        frames[(int)BodyJoint.RightShin] = Frame(p.RightKnee, p.RightAnkle - p.RightKnee, right);
        frames[(int)BodyJoint.RightFoot] = Frame(p.RightAnkle, up, right);
    }

    /// <summary>
    /// Skinning matrices (bind space to world, row vectors: v × M) for a pose: the inverse bind frame of each joint
    /// times its posed frame.
    /// </summary>
    public static void Skin(ReadOnlySpan<Matrix4x4> inverseBind, ReadOnlySpan<Matrix4x4> frames, Span<Matrix4x4> skin)
    {
        for (int j = 0; j < BodyJoints.Count; j++) skin[j] = inverseBind[j] * frames[j];
    }

    /// <summary>A frame at origin with Y along y and X as near to xHint as is perpendicular to Y.</summary>
    public static Matrix4x4 Frame(Vector3 origin, Vector3 y, Vector3 xHint)
    {
        var ay = Normal(y, Vector3.UnitY);
        var ax = xHint - ay * Vector3.Dot(xHint, ay);
        ax = ax.LengthSquared() > 1e-8f ? Vector3.Normalize(ax) : Normal(Vector3.Cross(ay, Vector3.UnitZ), Vector3.UnitX);
        var az = Vector3.Cross(ax, ay);
        return new Matrix4x4(ax.X, ax.Y, ax.Z, 0, ay.X, ay.Y, ay.Z, 0, az.X, az.Y, az.Z, 0, origin.X, origin.Y, origin.Z, 1);
    }

    static Matrix4x4 WithOrigin(Matrix4x4 m, Vector3 origin)
    {
        m.Translation = origin;
        return m;
    }

    static Vector3 Normal(Vector3 v, Vector3 fallback) => v.LengthSquared() > 1e-12f ? Vector3.Normalize(v) : fallback;
}
