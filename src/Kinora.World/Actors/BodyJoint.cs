namespace Kinora.World;

/// <summary>
/// The joints of a humanoid's skeleton, in an order where every parent comes before its children. The mouth
/// joints (jaw, lips, corners) carry the visemes; the shoulders are the collarbones.
/// </summary>
public enum BodyJoint
{
    Root, Spine, Chest, Neck, Head, Jaw, UpperLip, LowerLip, MouthLeft, MouthRight,
    LeftShoulder, LeftUpperArm, LeftForearm, LeftHand,
    RightShoulder, RightUpperArm, RightForearm, RightHand,
    LeftThigh, LeftShin, LeftFoot,
    RightThigh, RightShin, RightFoot,
}

/// <summary>The skeleton's hierarchy.</summary>
public static class BodyJoints
{
    public const int Count = (int)BodyJoint.RightFoot + 1;

    /// <summary>Each joint's parent, or −1 for the root.</summary>
    public static ReadOnlySpan<int> Parents =>
    [
        -1, 0, 1, 2, 3, 4, 4, 5, 4, 4,
        2, 10, 11, 12,
        2, 14, 15, 16,
        0, 18, 19,
        0, 21, 22,
    ];
}
