using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A segment from A to B swept by a sphere of Radius (metres): how a person's body parts collide with props.
/// Owner says whose body it is (an index the caller chooses), so a prop leaving someone's hand can pass their own arm.
/// </summary>
public readonly record struct Capsule(Vector3 A, Vector3 B, float Radius, int Owner = 0)
{
    /// <summary>The point of the segment nearest p.</summary>
    public Vector3 Nearest(Vector3 p)
    {
        var ab = B - A;
        float len2 = ab.LengthSquared();
        if (len2 < 1e-10f) return A;
        float u = Math.Clamp(Vector3.Dot(p - A, ab) / len2, 0f, 1f);
        return A + ab * u;
    }

    /// <summary>How far p is inside the capsule, in metres (negative outside).</summary>
    public float Depth(Vector3 p) => Radius - Vector3.Distance(p, Nearest(p));

    /// <summary>
    /// A person's body as capsules from their joints: torso, head, upper arms, forearms with hands, thighs, shins
    /// with feet. Radii follow the figure's height (a 1.75 m adult's chest is about 0.3 m across).
    /// </summary>
    public static void Body(BodyPose p, float height, int owner, List<Capsule> into)
    {
        float s = height / 1.75f;
        into.Add(new Capsule(p.Pelvis, p.Neck, 0.14f * s, owner));
        into.Add(new Capsule(p.Head, p.Head, 0.11f * s, owner));
        into.Add(new Capsule(p.LeftShoulder, p.LeftElbow, 0.055f * s, owner));
        into.Add(new Capsule(p.RightShoulder, p.RightElbow, 0.055f * s, owner));
        into.Add(new Capsule(p.LeftElbow, p.LeftHand, 0.045f * s, owner));
        into.Add(new Capsule(p.RightElbow, p.RightHand, 0.045f * s, owner));
        into.Add(new Capsule(p.LeftHip, p.LeftKnee, 0.075f * s, owner));
        into.Add(new Capsule(p.RightHip, p.RightKnee, 0.075f * s, owner));
        into.Add(new Capsule(p.LeftKnee, p.LeftAnkle, 0.06f * s, owner));
        into.Add(new Capsule(p.RightKnee, p.RightAnkle, 0.06f * s, owner));
    }
}
