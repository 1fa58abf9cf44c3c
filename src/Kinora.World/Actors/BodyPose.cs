using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A body's joints in world space (metres) at one instant, plus whether each foot is planted. The renderer
/// does not need it (it gets instances); tests, the sound of footsteps and exports do.
/// </summary>
public sealed record BodyPose(
    Vector3 Pelvis,
    Vector3 Chest,
    Vector3 Neck,
    Vector3 Head,
    Vector3 Eyes,
    Vector3 LeftShoulder, Vector3 LeftElbow, Vector3 LeftHand,
    Vector3 RightShoulder, Vector3 RightElbow, Vector3 RightHand,
    Vector3 LeftHip, Vector3 LeftKnee, Vector3 LeftAnkle,
    Vector3 RightHip, Vector3 RightKnee, Vector3 RightAnkle,
    float Facing,
    Vector3 HeadForward,
    bool LeftFootPlanted,
    bool RightFootPlanted)
{
    /// <summary>How far the hips lie back with the spine, 0 (upright, standing or sitting) to 1 (lying flat).</summary>
    public float Recline { get; init; }
}
