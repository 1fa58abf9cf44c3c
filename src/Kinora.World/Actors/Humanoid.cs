using System.Numerics;
using Kinora.Core;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// A cast member as a body: a skeleton sized by height and build, dressed in materials fixed at casting
/// (skin, hair, top, bottom, shoes), posed from a <see cref="Motion"/> with two-bone IK so feet land exactly
/// where the walk cycle put them, and drawn as one skinned mesh (<see cref="Body"/>, posed by <see cref="Figure"/>).
/// <see cref="Dress"/> gives the same body as about thirty primitives, for checks that need its materials.
/// </summary>
public sealed class Humanoid
{
    readonly Material skin, hair, top, bottom, shoes, eye, white, hatMaterial;
    readonly float phase;

    public CastMember Member { get; }
    public Skeleton Skeleton { get; }

    public Humanoid(CastMember member, long seed)
    {
        Member = member;
        Skeleton = Skeleton.For(member);
        skin = new Material(member.Skin.Linear, 0.6f, 0f, Vector3.Zero);
        hair = new Material(member.Hair.Linear, 0.7f, 0f, Vector3.Zero, 7);
        bool suit = member.Top == "spacesuit";
        top = new Material(member.TopColour.Linear, member.Top == "raincoat" ? 0.3f : 0.85f, 0f, Vector3.Zero, 7);
        bottom = new Material(member.BottomColour.Linear, 0.85f, 0f, Vector3.Zero, 7);
        shoes = suit ? top : Material.Matte(new Rgb(40, 32, 28).Linear);
        eye = new Material(member.Face.Eyes.Linear, 0.2f, 0f, Vector3.Zero);
        white = Material.Matte(new Rgb(235, 232, 225).Linear, 7);
        hatMaterial = member.Hat == "helmet" || suit
            ? new Material(new Rgb(225, 225, 230).Linear, 0.2f, 0.1f, Vector3.Zero)
            : member.Hat == "hood" ? top : Material.Matte(new Rgb(60, 50, 45).Linear, 7);
        // Each person breathes and sways on their own rhythm, so a crowd does not move in step.
        var dice = Pcg32.For(seed, "humanoid:" + member.Name);
        phase = dice.RangeF(0, MathF.Tau);
        var lips = Material.Matte(member.Skin.Linear * new Vector3(0.95f, 0.72f, 0.7f));
        var mouth = new Material(new Vector3(0.05f, 0.015f, 0.015f), 0.5f, 0f, Vector3.Zero);
        var visor = new Material(new Vector3(0.05f, 0.06f, 0.08f), 0.05f, 0.5f, Vector3.Zero);
        Body = BodySculptor.Sculpt(member, Skeleton, seed, [skin, hair, top, bottom, shoes, eye, white, lips, mouth, hatMaterial, white, visor]);
        // A child's head is large for the body: up to 15 % larger at six, grown in at thirteen, about the base of the skull.
        if (member.Age < 13)
        {
            float grow = 1 + 0.15f * Math.Clamp((13 - member.Age) / 7f, 0f, 1f);
            Matrix4x4.Invert(Body.InverseBind[(int)BodyJoint.Head], out var headBind);
            var at = headBind.Translation;
            childHead = Matrix4x4.CreateTranslation(-at) * Matrix4x4.CreateScale(grow) * Matrix4x4.CreateTranslation(at);
        }
    }

    /// <summary>For a child, the scaling of the head's vertices in bind space (child proportions); null for an adult.</summary>
    readonly Matrix4x4? childHead;

    static readonly BodyJoint[] HeadJoints = [BodyJoint.Head, BodyJoint.Jaw, BodyJoint.UpperLip, BodyJoint.LowerLip, BodyJoint.MouthLeft, BodyJoint.MouthRight];

    /// <summary>The body as one skinned mesh, sculpted once at casting.</summary>
    public BodyMesh Body { get; }

    /// <summary>The skinned body in a pose with a mouth shape.</summary>
    public Figure Figure(BodyPose pose, MouthShape mouth)
    {
        Span<Matrix4x4> frames = stackalloc Matrix4x4[BodyJoints.Count];
        Rig.Frames(Skeleton, pose, mouth, frames);
        var skin = new Matrix4x4[BodyJoints.Count];
        Rig.Skin(Body.InverseBind.AsSpan(), frames, skin);
        if (childHead is { } grow)
            foreach (var j in HeadJoints) skin[(int)j] = grow * skin[(int)j];
        // Everything lies within reach of the hips: arms raised, a hat, feet apart.
        var centre = (pose.Pelvis + pose.Neck) * 0.5f;
        float radius = Skeleton.Height * 0.75f;
        return new Figure(Body, [.. skin], new Vector4(centre, radius));
    }

    /// <summary>The eye point of a standing body at ground position p, in metres.</summary>
    public float EyeHeight => Skeleton.Height * 0.935f;

    /// <summary>
    /// Works out the joints. talk, gesture, reach and hold (the right hand raised on a kite's line) are weights 0..1;
    /// lookAt is a point the head turns toward.
    /// </summary>
    public BodyPose Pose(Motion m, double t, Vector3? lookAt, float talk, float gesture, float reach, bool listening, float hold = 0)
    {
        var k = Skeleton;
        float h = k.Height;
        var up = Vector3.UnitY;
        var fwd = new Vector3(-MathF.Sin(m.Facing), 0, -MathF.Cos(m.Facing));
        var right = new Vector3(MathF.Cos(m.Facing), 0, -MathF.Sin(m.Facing));
        float time = (float)t;

        // Feet: ankles above the ground points the motion gives.
        var lAnkle = m.LeftFoot + up * k.Ankle;
        var rAnkle = m.RightFoot + up * k.Ankle;

        // Pelvis: standing height, lowered so both legs reach their feet, breathing and a slight sway.
        float breath = MathF.Sin(time * MathF.Tau / 4.2f + phase);
        var pelvis = m.Position + up * (k.HipHeight - 0.01f * h) + right * (0.006f * h * MathF.Sin(time * MathF.Tau / 6.1f + phase));
        if (m.Speed > 0.01f)
        {
            float lean = m.Gait == Gait.Run ? 0.06f : 0.015f;
            pelvis += fwd * (lean * h * MathF.Min(m.Speed / 2f, 1f));
        }
        float reachDrop = reach * 0.22f * h;
        pelvis -= up * reachDrop;
        if (m.Sit > 0 && m.Seat is { } seat)
        {
            var seated = seat.Position - seat.Forward * 0.18f + up * (seat.Height + 0.06f * h);
            pelvis = Vector3.Lerp(pelvis, seated, m.Sit);
        }
        float reachLimit = k.Leg * 0.995f;
        foreach (var (ankle, side) in new[] { (lAnkle, -1f), (rAnkle, 1f) })
        {
            var hip = pelvis + right * (side * k.HipHalfWidth);
            var d = new Vector2(ankle.X - hip.X, ankle.Z - hip.Z).Length();
            if (d < reachLimit)
            {
                float maxY = ankle.Y + MathF.Sqrt(reachLimit * reachLimit - d * d);
                if (hip.Y > maxY) pelvis.Y -= hip.Y - maxY;
            }
        }

        // Spine: upright, leaning for age, running, sitting back and reaching down.
        float bend = k.Stoop + reach * 0.9f + (m.Gait == Gait.Run ? 0.15f * MathF.Min(m.Speed / 3f, 1f) : 0f) - 0.05f * m.Sit;
        var spineDir = Vector3.Normalize(up * MathF.Cos(bend) + fwd * MathF.Sin(bend));
        var chest = pelvis + spineDir * (0.19f * h + 0.002f * h * breath);
        var neck = pelvis + spineDir * k.Spine;

        // Head: turns toward what it looks at (within the neck's range), nods when talking or listening.
        float headYaw = 0;
        if (lookAt is { } target)
        {
            var to = target - neck;
            if (new Vector2(to.X, to.Z).LengthSquared() > 0.01f)
                headYaw = Math.Clamp(ActorTrack.WrapPi(Walkway.Yaw(to) - m.Facing), -1.1f, 1.1f);
        }
        float nod = talk * 0.07f * MathF.Sin(time * MathF.Tau * 1.7f + phase) + (listening ? 0.04f * MathF.Sin(time * MathF.Tau * 0.6f + phase) + 0.05f : 0f) - k.Stoop * 0.6f;
        var headFwd = new Vector3(-MathF.Sin(m.Facing + headYaw), 0, -MathF.Cos(m.Facing + headYaw));
        var headUp = Vector3.Normalize(up * MathF.Cos(nod) - headFwd * MathF.Sin(nod));
        headFwd = Vector3.Normalize(Vector3.Cross(headUp, Vector3.Cross(headFwd, headUp)));
        var head = neck + spineDir * k.Neck + headUp * (k.Head * 0.5f);
        var eyes = head + headFwd * (0.055f * h) + headUp * (0.012f * h);

        // Arms: swing against the legs when moving, gesture when talking, reach down to pick up, rest in the lap seated.
        var lShoulder = neck - spineDir * (0.035f * h) - right * k.ShoulderHalfWidth;
        var rShoulder = neck - spineDir * (0.035f * h) + right * k.ShoulderHalfWidth;
        float swing = 0;
        if (m.Speed > 0.01f)
        {
            float dl = Vector3.Dot(m.LeftFoot - m.Position, fwd), dr = Vector3.Dot(m.RightFoot - m.Position, fwd);
            swing = (dr - dl) / MathF.Max(m.StepLength, 0.3f) * (m.Gait == Gait.Run ? 0.9f : 0.45f);
        }
        float elbowBend = m.Gait == Gait.Run && m.Speed > 0.01f ? 1.4f : 0.15f;
        float lSwing = swing, rSwing = -swing, lBend = elbowBend, rBend = elbowBend;
        float g = MathF.Max(talk * 0.6f, gesture);
        if (g > 0)
        {
            float wave = MathF.Sin(time * MathF.Tau * 0.9f + phase);
            rSwing = Lerp(rSwing, 0.5f + 0.25f * wave + gesture * 0.5f, g);
            rBend = Lerp(rBend, 1.1f + 0.3f * MathF.Sin(time * MathF.Tau * 1.3f), g);
            lSwing = Lerp(lSwing, 0.25f - 0.15f * wave, g * 0.6f);
            lBend = Lerp(lBend, 0.9f, g * 0.6f);
        }
        if (hold > 0) { rSwing = Lerp(rSwing, 1.25f, hold); rBend = Lerp(rBend, 0.45f, hold); }
        if (reach > 0) { rSwing = Lerp(rSwing, 0.9f, reach); rBend = Lerp(rBend, 0.1f, reach); }
        if (m.Sit > 0) { lSwing = Lerp(lSwing, 0.35f, m.Sit); rSwing = Lerp(rSwing, 0.35f, m.Sit); lBend = Lerp(lBend, 0.9f, m.Sit); rBend = Lerp(rBend, 0.9f, m.Sit); }
        var (lElbow, lHand) = Arm(lShoulder, -right, fwd, lSwing, lBend, bend);
        var (rElbow, rHand) = Arm(rShoulder, right, fwd, rSwing, rBend, bend);

        // Legs: hips either side of the pelvis, knees by two-bone IK bending forward.
        var lHip = pelvis - right * k.HipHalfWidth;
        var rHip = pelvis + right * k.HipHalfWidth;
        var lKnee = Knee(lHip, lAnkle, k.Thigh, k.Shin, fwd);
        var rKnee = Knee(rHip, rAnkle, k.Thigh, k.Shin, fwd);

        var standing = new BodyPose(pelvis, chest, neck, head, eyes, lShoulder, lElbow, lHand, rShoulder, rElbow, rHand,
            lHip, lKnee, lAnkle, rHip, rKnee, rAnkle, m.Facing, headFwd, m.LeftPlanted, m.RightPlanted);
        if (m.Lie <= 0) return standing;
        var lying = Lying(m, breath);
        float w = ActorTrack.Ease(m.Lie / 0.1);
        return w >= 1 ? lying : Blend(standing, lying, w);
    }

    /// <summary>
    /// Getting down onto the ground and lying back (m.Lie from 0 to 1): squatting behind the feet onto the seat, then
    /// lying back onto the ground face up, legs out toward the facing, arms at the sides. Bones keep their lengths;
    /// every joint stays above the surface (the ground under the body's position) by at least its limb's thickness.
    /// </summary>
    BodyPose Lying(Motion m, float breath)
    {
        var k = Skeleton;
        float h = k.Height, ground = m.Position.Y;
        var up = Vector3.UnitY;
        var fwd = new Vector3(-MathF.Sin(m.Facing), 0, -MathF.Cos(m.Facing));
        var right = new Vector3(MathF.Cos(m.Facing), 0, -MathF.Sin(m.Facing));
        float u = Math.Clamp(m.Lie, 0, 1);
        float a = ActorTrack.Ease(Math.Min(1, u / 0.5)), b = ActorTrack.Ease(Math.Max(0, (u - 0.5) / 0.5));

        // Down onto the seat: thighs swing from hanging to forward, knees bending deep on the way, feet kept where they stood.
        // Seated and lying the hips rest a hand's breadth up (the seat and the back of the coat under them), so the
        // thighs slope a little down to knees on the ground and the shins lie along it.
        float thighAngle = a * (MathF.PI / 2 - 0.15f), shinAngle = a * (MathF.PI / 2 - 0.05f) - 1.7f * MathF.Sin(a * MathF.PI);
        var thighDir = -up * MathF.Cos(thighAngle) + fwd * MathF.Sin(thighAngle);
        var shinDir = -up * MathF.Cos(shinAngle) + fwd * MathF.Sin(shinAngle);
        var leg = thighDir * k.Thigh + shinDir * k.Shin;
        // Rolling back onto the spine the seat rounds and the hips ride a little higher, halfway down most.
        float seat = (LieSeat + 0.025f * MathF.Sin(b * MathF.PI)) * h;
        var pelvis = m.Position - (leg with { Y = 0 });
        pelvis.Y = MathF.Max(ground + k.Ankle - leg.Y, ground + seat);

        // Then back: the spine leans from upright (a little back while sitting) to flat on the ground, breathing.
        // Flat means the shoulders and head come down past level to the ground below the raised seat.
        float lean = 0.2f * a + (MathF.PI / 2 + 0.11f - 0.2f) * b;
        var spineDir = up * MathF.Cos(lean) - fwd * MathF.Sin(lean);
        var chest = pelvis + spineDir * (0.19f * h) + up * (0.002f * h * breath * b);
        var neck = pelvis + spineDir * k.Spine;
        var head = neck + spineDir * (k.Neck + k.Head * 0.5f);
        var headFwd = fwd * MathF.Cos(lean) + up * MathF.Sin(lean);
        var eyes = head + headFwd * (0.055f * h) + spineDir * (0.012f * h);

        // Arms: out to the sides, hands clear of the ground, while sitting; along the sides, a little out, lying.
        float spread = 1.05f + (0.18f - 1.05f) * b;
        (Vector3 Shoulder, Vector3 Elbow, Vector3 Hand) Arm(float side)
        {
            var shoulder = neck - spineDir * (0.035f * h) + right * (side * k.ShoulderHalfWidth);
            var along = Vector3.Normalize(-spineDir * MathF.Cos(spread) + right * (side * MathF.Sin(spread)));
            var elbow = shoulder + along * k.UpperArm;
            return (shoulder, elbow, elbow + along * k.Forearm);
        }
        var (ls, le, lh) = Arm(-1);
        var (rs, re, rh) = Arm(1);
        var lHip = pelvis - right * k.HipHalfWidth;
        var rHip = pelvis + right * k.HipHalfWidth;
        var lKnee = lHip + thighDir * k.Thigh;
        var rKnee = rHip + thighDir * k.Thigh;
        var lAnkle = lKnee + shinDir * k.Shin;
        var rAnkle = rKnee + shinDir * k.Shin;

        // Nothing goes into the ground: each joint keeps at least its limb's thickness above it.
        Vector3 Above(Vector3 p, float radius) => p with { Y = MathF.Max(p.Y, ground + radius * h) };
        return new BodyPose(Above(pelvis, LieSeat), Above(chest, 0.065f), Above(neck, 0.05f), Above(head, 0.065f), Above(eyes, 0.1f),
            Above(ls, 0.05f), Above(le, 0.035f), Above(lh, 0.03f), Above(rs, 0.05f), Above(re, 0.035f), Above(rh, 0.03f),
            Above(lHip, 0.05f), Above(lKnee, 0.035f), Above(lAnkle, 0.035f), Above(rHip, 0.05f), Above(rKnee, 0.035f), Above(rAnkle, 0.035f),
            m.Facing, Vector3.Normalize(headFwd), m.LeftPlanted, m.RightPlanted) { Recline = b };
    }

    /// <summary>How high the pelvis rests above the ground when sitting on it or lying on the back, per metre of height.</summary>
    public const float LieSeat = 0.12f;

    static BodyPose Blend(BodyPose x, BodyPose y, float w) => new(
        Vector3.Lerp(x.Pelvis, y.Pelvis, w), Vector3.Lerp(x.Chest, y.Chest, w), Vector3.Lerp(x.Neck, y.Neck, w), Vector3.Lerp(x.Head, y.Head, w),
        Vector3.Lerp(x.Eyes, y.Eyes, w), Vector3.Lerp(x.LeftShoulder, y.LeftShoulder, w), Vector3.Lerp(x.LeftElbow, y.LeftElbow, w),
        Vector3.Lerp(x.LeftHand, y.LeftHand, w), Vector3.Lerp(x.RightShoulder, y.RightShoulder, w), Vector3.Lerp(x.RightElbow, y.RightElbow, w),
        Vector3.Lerp(x.RightHand, y.RightHand, w), Vector3.Lerp(x.LeftHip, y.LeftHip, w), Vector3.Lerp(x.LeftKnee, y.LeftKnee, w),
        Vector3.Lerp(x.LeftAnkle, y.LeftAnkle, w), Vector3.Lerp(x.RightHip, y.RightHip, w), Vector3.Lerp(x.RightKnee, y.RightKnee, w),
        Vector3.Lerp(x.RightAnkle, y.RightAnkle, w), x.Facing, Vector3.Normalize(Vector3.Lerp(x.HeadForward, y.HeadForward, w)),
        x.LeftFootPlanted, x.RightFootPlanted) { Recline = x.Recline + (y.Recline - x.Recline) * w };

    (Vector3 Elbow, Vector3 Hand) Arm(Vector3 shoulder, Vector3 outward, Vector3 fwd, float swing, float bendAngle, float lean)
    {
        var down = -Vector3.UnitY;
        var upper = Vector3.Normalize(down * MathF.Cos(swing - lean * 0.3f) + fwd * MathF.Sin(swing - lean * 0.3f) + outward * 0.12f);
        var elbow = shoulder + upper * Skeleton.UpperArm;
        float a = swing + bendAngle - lean * 0.3f;
        var fore = Vector3.Normalize(down * MathF.Cos(a) + fwd * MathF.Sin(a) + outward * 0.05f);
        return (elbow, elbow + fore * Skeleton.Forearm);
    }

    internal static Vector3 Knee(Vector3 hip, Vector3 ankle, float l1, float l2, Vector3 pole)
    {
        var d = ankle - hip;
        float dist = Math.Clamp(d.Length(), MathF.Abs(l1 - l2) + 1e-3f, l1 + l2 - 1e-4f);
        var dir = d.LengthSquared() > 1e-10f ? Vector3.Normalize(d) : -Vector3.UnitY;
        float cosA = Math.Clamp((l1 * l1 + dist * dist - l2 * l2) / (2 * l1 * dist), -1f, 1f);
        var bendDir = pole - dir * Vector3.Dot(pole, dir);
        bendDir = bendDir.LengthSquared() > 1e-8f ? Vector3.Normalize(bendDir) : pole;
        return hip + dir * (l1 * cosA) + bendDir * (l1 * MathF.Sqrt(1 - cosA * cosA));
    }

    static float Lerp(float a, float b, float u) => a + (b - a) * u;

    /// <summary>Appends the body's primitives for a pose. Materials are fixed at casting; only transforms change.</summary>
    public void Dress(BodyPose p, List<Instance> into)
    {
        var k = Skeleton;
        float h = k.Height, g = k.Girth;
        bool suit = Member.Top == "spacesuit";
        float bulk = suit ? 1.25f : 1f;
        var fwd = new Vector3(-MathF.Sin(p.Facing), 0, -MathF.Cos(p.Facing));
        var spineUp = Vector3.Normalize(p.Neck - p.Pelvis);
        var right = Vector3.Normalize(Vector3.Cross(fwd, spineUp));
        var back = Vector3.Cross(right, spineUp);

        // Torso: hips, belly, chest, shoulders.
        into.Add(Oriented(Primitive.Box, p.Pelvis + spineUp * (0.02f * h), new(0.2f * h * (0.85f + 0.15f * g) * bulk, 0.1f * h, 0.12f * h * g * bulk), right, spineUp, back, bottom));
        into.Add(Limb(p.Pelvis + spineUp * 0.04f * h, p.Chest, 0.085f * h * (0.8f + 0.2f * g) * bulk, top));
        into.Add(Oriented(Primitive.Box, p.Chest + spineUp * (0.03f * h), new(0.25f * h * (0.9f + 0.1f * g) * bulk, 0.15f * h, 0.13f * h * (0.85f + 0.15f * g) * bulk), right, spineUp, back, top));
        into.Add(Limb(p.LeftShoulder, p.RightShoulder, 0.045f * h * bulk, top));
        into.Add(Limb(p.Neck - spineUp * 0.03f * h, p.Neck + spineUp * k.Neck, 0.03f * h, skin));

        // Head and face.
        var headUp = Vector3.Normalize(p.Head - p.Neck);
        var headRight = Vector3.Normalize(Vector3.Cross(p.HeadForward, headUp));
        var headBack = Vector3.Cross(headRight, headUp);
        // The face's proportions (0.5 is average): a broad face widens the head, a large nose grows, a heavy brow juts.
        var face = Member.Face;
        float faceWidth = 0.92f + 0.16f * (float)face.Width, nose = 0.75f + 0.5f * (float)face.Nose, brow = (float)face.Brow;
        into.Add(Oriented(Primitive.Sphere, p.Head, new(0.105f * h * faceWidth, k.Head, 0.12f * h), headRight, headUp, headBack, skin));
        foreach (float s in new[] { -1f, 1f })
            into.Add(Oriented(Primitive.Sphere, p.Eyes + headRight * (s * 0.021f * h) - p.HeadForward * 0.004f * h, new(0.014f * h, 0.01f * h, 0.008f * h), headRight, headUp, headBack, eye));
        into.Add(Oriented(Primitive.Box, p.Head + p.HeadForward * (0.058f * h) - headUp * (0.005f * h), new(0.014f * h * nose, 0.03f * h * nose, 0.02f * h * nose), headRight, headUp, headBack, skin));
        into.Add(Oriented(Primitive.Box, p.Eyes + headUp * (0.016f * h) + p.HeadForward * ((0.002f + 0.006f * brow) * h), new(0.062f * h * faceWidth, (0.006f + 0.006f * brow) * h, 0.012f * h), headRight, headUp, headBack, skin));
        into.Add(Oriented(Primitive.Box, p.Head + p.HeadForward * (0.052f * h) - headUp * (0.035f * h), new(0.03f * h, 0.006f * h, 0.01f * h), headRight, headUp, headBack, Material.Matte(Member.Skin.Linear * 0.55f)));
        DressHair(p, headRight, headUp, headBack, into);

        // Arms.
        into.Add(Limb(p.LeftShoulder, p.LeftElbow, 0.03f * h * (0.85f + 0.15f * g) * bulk, top));
        into.Add(Limb(p.RightShoulder, p.RightElbow, 0.03f * h * (0.85f + 0.15f * g) * bulk, top));
        var sleeve = Member.Top == "shirt" || Member.Top == "apron" ? skin : top;
        into.Add(Limb(p.LeftElbow, p.LeftHand, 0.024f * h * bulk, sleeve));
        into.Add(Limb(p.RightElbow, p.RightHand, 0.024f * h * bulk, sleeve));
        var glove = suit ? top : skin;
        into.Add(new Instance(Primitive.Sphere, SetBuilder.Place(p.LeftHand, new(0.05f * h), Quaternion.Identity), glove));
        into.Add(new Instance(Primitive.Sphere, SetBuilder.Place(p.RightHand, new(0.05f * h), Quaternion.Identity), glove));

        // Legs and shoes.
        foreach (var (hip, knee, ankle) in new[] { (p.LeftHip, p.LeftKnee, p.LeftAnkle), (p.RightHip, p.RightKnee, p.RightAnkle) })
        {
            into.Add(Limb(hip, knee, 0.045f * h * (0.8f + 0.2f * g) * bulk, bottom));
            into.Add(Limb(knee, ankle, 0.034f * h * (0.85f + 0.15f * g) * bulk, bottom));
            var footRight = Vector3.Normalize(Vector3.Cross(fwd, Vector3.UnitY));
            into.Add(Oriented(Primitive.Box, ankle + fwd * (0.045f * h) - Vector3.UnitY * (0.025f * h), new(0.055f * h * bulk, 0.035f * h, 0.15f * h), footRight, Vector3.UnitY, -fwd, shoes));
        }

        // Coat skirt or dress: a cone from the chest to below the knees, following the legs as they swing.
        if (Member.Top is "coat" or "raincoat" or "dress")
        {
            var hem = (p.LeftKnee + p.RightKnee) * 0.5f - Vector3.UnitY * (Member.Top == "dress" ? 0.0f : 0.04f * h);
            var apex = p.Chest + spineUp * 0.02f * h;
            var axis = apex - hem;
            float length = axis.Length();
            var dir = axis / length;
            float width = MathF.Max(Vector3.Distance(p.LeftKnee, p.RightKnee) + 0.12f * h * g, 0.22f * h * (0.8f + 0.2f * g));
            into.Add(new Instance(Primitive.Cone, Matrix4x4.CreateScale(width, length, 0.16f * h * (0.8f + 0.2f * g))
                * Matrix4x4.CreateFromQuaternion(FromTo(Vector3.UnitY, dir, p.Facing)) * Matrix4x4.CreateTranslation(hem + axis * 0.5f), top));
        }
        if (Member.Top == "apron")
            into.Add(Oriented(Primitive.Box, p.Pelvis - back * (0.07f * h) - spineUp * (0.05f * h), new(0.2f * h, 0.3f * h, 0.01f * h), right, spineUp, back, white));
        if (Member.Top == "suit")
            into.Add(Oriented(Primitive.Box, p.Chest - back * (0.068f * h) + spineUp * (0.03f * h), new(0.02f * h, 0.12f * h, 0.005f * h), right, spineUp, back, bottom));
    }

    void DressHair(BodyPose p, Vector3 r, Vector3 u, Vector3 b, List<Instance> into)
    {
        float h = Skeleton.Height;
        string hat = Member.Top == "spacesuit" ? "helmet" : Member.Hat;
        if (Member.HairStyle != "bald" && hat is not ("helmet" or "hood"))
        {
            into.Add(Oriented(Primitive.Sphere, p.Head + u * (0.018f * h) + b * (0.01f * h), new(0.115f * h, 0.12f * h, 0.13f * h), r, u, b, hair));
            switch (Member.HairStyle)
            {
                case "long":
                    into.Add(Oriented(Primitive.Box, p.Head + b * (0.045f * h) - u * (0.06f * h), new(0.11f * h, 0.16f * h, 0.04f * h), r, u, b, hair));
                    break;
                case "braid":
                    for (int i = 0; i < 5; i++)
                        into.Add(Oriented(Primitive.Sphere, p.Head + b * (0.065f * h) - u * ((0.02f + i * 0.035f) * h), new(0.035f * h), r, u, b, hair));
                    break;
                case "bun":
                    into.Add(Oriented(Primitive.Sphere, p.Head + b * (0.065f * h) + u * (0.04f * h), new(0.055f * h), r, u, b, hair));
                    break;
            }
        }
        switch (hat)
        {
            case "cap":
                into.Add(Oriented(Primitive.Sphere, p.Head + u * (0.03f * h), new(0.118f * h, 0.1f * h, 0.128f * h), r, u, b, hatMaterial));
                into.Add(Oriented(Primitive.Box, p.Head + u * (0.035f * h) - b * (0.075f * h), new(0.1f * h, 0.006f * h, 0.06f * h), r, u, b, hatMaterial));
                break;
            case "hat":
                into.Add(Oriented(Primitive.Cylinder, p.Head + u * (0.065f * h), new(0.12f * h, 0.07f * h, 0.125f * h), r, u, b, hatMaterial));
                into.Add(Oriented(Primitive.Cylinder, p.Head + u * (0.035f * h), new(0.2f * h, 0.006f * h, 0.2f * h), r, u, b, hatMaterial));
                break;
            case "helmet":
                into.Add(Oriented(Primitive.Sphere, p.Head + u * (0.01f * h), new(0.17f * h, 0.175f * h, 0.175f * h), r, u, b, hatMaterial));
                into.Add(Oriented(Primitive.Sphere, p.Head + u * (0.005f * h) - b * (0.045f * h), new(0.12f * h, 0.09f * h, 0.1f * h), r, u, b, new Material(new Vector3(0.05f, 0.06f, 0.08f), 0.05f, 0.5f, Vector3.Zero)));
                break;
            case "hood":
                into.Add(Oriented(Primitive.Sphere, p.Head + u * (0.015f * h) + b * (0.02f * h), new(0.14f * h, 0.15f * h, 0.15f * h), r, u, b, hatMaterial));
                break;
        }
    }

    static Instance Oriented(Primitive shape, Vector3 centre, Vector3 size, Vector3 right, Vector3 up, Vector3 back, Material m)
    {
        var basis = new Matrix4x4(
            right.X, right.Y, right.Z, 0,
            up.X, up.Y, up.Z, 0,
            back.X, back.Y, back.Z, 0,
            0, 0, 0, 1);
        return new Instance(shape, Matrix4x4.CreateScale(size) * basis * Matrix4x4.CreateTranslation(centre), m);
    }

    /// <summary>A capsule from a to b of the given radius (the unit capsule is 1 tall and 0.5 across).</summary>
    static Instance Limb(Vector3 a, Vector3 b, float radius, Material m)
    {
        var axis = b - a;
        float len = axis.Length();
        var dir = len > 1e-6f ? axis / len : Vector3.UnitY;
        var size = new Vector3(radius * 4, len + radius * 2, radius * 4);
        return new Instance(Primitive.Capsule, Matrix4x4.CreateScale(size) * Matrix4x4.CreateFromQuaternion(FromTo(Vector3.UnitY, dir, 0)) * Matrix4x4.CreateTranslation((a + b) * 0.5f), m);
    }

    /// <summary>The rotation taking a onto b; when they are opposite, a half turn about an axis chosen from yaw.</summary>
    static Quaternion FromTo(Vector3 a, Vector3 b, float yaw)
    {
        float d = Vector3.Dot(a, b);
        if (d > 0.99999f) return Quaternion.Identity;
        if (d < -0.99999f) return Quaternion.CreateFromAxisAngle(new Vector3(MathF.Cos(yaw), 0, -MathF.Sin(yaw)), MathF.PI);
        var axis = Vector3.Normalize(Vector3.Cross(a, b));
        return Quaternion.CreateFromAxisAngle(axis, MathF.Acos(d));
    }
}
