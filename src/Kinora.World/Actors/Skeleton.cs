using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// A body's proportions in metres, from height and build (classical proportions: legs about half the height,
/// shoulders a quarter wide). Girth scales limb thickness with build; stoop leans the chest for age.
/// </summary>
public sealed record Skeleton(
    float Height,
    float HipHeight,
    float Thigh,
    float Shin,
    float Ankle,
    float HipHalfWidth,
    float ShoulderHalfWidth,
    float UpperArm,
    float Forearm,
    float Spine,
    float Neck,
    float Head,
    float Girth,
    float Stoop)
{
    public float Leg => Thigh + Shin;

    public static Skeleton For(CastMember member)
    {
        float h = (float)Math.Clamp(member.Height, 0.9, 2.3);
        float girth = member.Build switch { "slim" => 0.85f, "heavy" => 1.3f, _ => 1f };
        float stoop = member.Age > 60 ? Math.Min((member.Age - 60) / 20f, 1f) * 0.22f : 0f;
        return new Skeleton(
            Height: h,
            HipHeight: 0.53f * h,
            Thigh: 0.245f * h,
            Shin: 0.245f * h,
            Ankle: 0.04f * h,
            HipHalfWidth: 0.055f * h * (0.9f + 0.15f * girth),
            ShoulderHalfWidth: 0.12f * h * (0.9f + 0.1f * girth),
            UpperArm: 0.17f * h,
            Forearm: 0.15f * h,
            Spine: 0.29f * h,
            Neck: 0.05f * h,
            Head: 0.13f * h,
            Girth: girth,
            Stoop: stoop);
    }
}
