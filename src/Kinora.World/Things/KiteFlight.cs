using System.Numerics;
using Kinora.Core;

namespace Kinora.World;

/// <summary>
/// A diamond kite flying on a tethered line through one scene. The line runs from the holder's right hand; the kite
/// rides the wind downwind of them (the way the scene takes them, so the kite leads and they follow) at a line
/// angle that climbs with the wind, and bobs, swings from side to side and rolls on slow seeded gusts, so its
/// motion is smooth and the same every time. Sample is a pure function of film time.
/// </summary>
public sealed class KiteFlight
{
    /// <summary>The sail's height along the spine and width along the spar, in metres.</summary>
    public const float SailHeight = 1.3f, SailWidth = 1.0f;

    /// <summary>How much shorter than the line the kite stays from the anchor, in metres: the slack that sags the line.</summary>
    const float Slack = 0.6f;

    const int TailBows = 7;
    const float TailStep = 0.45f;

    readonly ActorTrack track;
    readonly float holderHeight;
    readonly Func<string, double, BodyPose?> poseOf;
    readonly float elevation, swing, bob;
    readonly float[] phase = new float[6];
    readonly Material sail, spar, line, bowA, bowB;

    public Kite Kite { get; }

    /// <summary>The length of the line, in metres (15 to 19, seeded).</summary>
    public float LineLength { get; }

    /// <summary>The wind the kite rides, in m/s at its height (stronger than at the ground, and at least a flying breeze).</summary>
    public float Wind { get; }

    /// <summary>The horizontal direction the wind blows the kite, a unit vector.</summary>
    public Vector3 Downwind { get; }

    public KiteFlight(Kite kite, ActorTrack track, float holderHeight, float groundWind, Func<string, double, BodyPose?> poseOf, long seed, int sceneIndex)
    {
        Kite = kite;
        this.track = track;
        this.holderHeight = holderHeight;
        this.poseOf = poseOf;
        var dice = Pcg32.For(seed, $"kite:{sceneIndex}:{kite.Holder}");
        LineLength = dice.RangeF(15f, 19f);
        // Wind grows with height (about a third more at 15 m than at 2 m over open ground); under 3.5 m/s a kite will not fly.
        Wind = MathF.Max(3.5f, groundWind * 1.35f);
        float strength = Math.Clamp((Wind - 3.5f) / 8f, 0, 1);
        elevation = (40f + 18f * strength) * MathF.PI / 180;
        swing = (10f + 8f * strength) * MathF.PI / 180;
        bob = (5f + 4f * strength) * MathF.PI / 180;
        for (int i = 0; i < phase.Length; i++) phase[i] = dice.RangeF(0, MathF.Tau);

        // The wind blows the way the scene takes the holder, so the kite flies ahead and they follow it.
        var travel = (track.Position - track.Home) with { Y = 0 };
        Downwind = travel.Length() > 2f ? Vector3.Normalize(travel) : Vector3.Transform(-Vector3.UnitZ, Quaternion.CreateFromAxisAngle(Vector3.UnitY, dice.RangeF(0, MathF.Tau)));

        var c = kite.Colour.Linear;
        sail = new Material(c, 0.55f, 0f, Vector3.Zero, 7);
        spar = Material.Matte(new Rgb(92, 66, 40).Linear, 3);
        line = Material.Matte(new Rgb(235, 232, 222).Linear);
        bowA = Material.Matte(c, 7);
        bowB = Material.Matte(new Rgb(240, 232, 200).Linear, 7);
    }

    public string Holder => Kite.Holder;

    /// <summary>Where the line is held on average at film time t: above the holder's ground position, at a raised hand's height.</summary>
    public Vector3 Anchor(double t) => track.Sample(t).Position + new Vector3(0, holderHeight * 0.72f, 0);

    /// <summary>The holder's right hand at t (the line's lower end), or the anchor when they cannot be posed.</summary>
    public Vector3 Hand(double t) => poseOf(Holder, t)?.RightHand ?? Anchor(t);

    /// <summary>The kite's centre at film time t, in metres.</summary>
    public Vector3 Position(double t)
    {
        float s = (float)t;
        float e = elevation + bob * (0.65f * MathF.Sin(s * 0.93f + phase[0]) + 0.35f * MathF.Sin(s * 2.1f + phase[1]));
        float a = swing * (0.7f * MathF.Sin(s * 0.41f + phase[2]) + 0.3f * MathF.Sin(s * 1.27f + phase[3]));
        var across = Vector3.Transform(Downwind, Quaternion.CreateFromAxisAngle(Vector3.UnitY, a));
        var dir = across * MathF.Cos(e) + Vector3.UnitY * MathF.Sin(e);
        return Anchor(t) + dir * (LineLength - Slack);
    }

    /// <summary>The kite's frame at t: its centre, the spine's up, the spar's right and the sail's face (toward the holder).</summary>
    public (Vector3 Centre, Vector3 Up, Vector3 Right, Vector3 Face) Frame(double t)
    {
        var centre = Position(t);
        var face = Vector3.Normalize(Anchor(t) - centre);
        // A kite flies nose up with its face into the wind and toward its line, rolling a little as it swings.
        var up = Vector3.Normalize(Vector3.UnitY - Vector3.Dot(Vector3.UnitY, face) * face);
        var right = Vector3.Normalize(Vector3.Cross(up, face));
        float roll = 0.22f * MathF.Sin((float)t * 0.41f + phase[2] + 0.6f) + 0.06f * MathF.Sin((float)t * 2.7f + phase[4]);
        var q = Quaternion.CreateFromAxisAngle(face, roll);
        return (centre, Vector3.Transform(up, q), Vector3.Transform(right, q), face);
    }

    /// <summary>The kite as a subject the camera frames: its ground point, its centre as the "eyes", its size as the height.</summary>
    public ActorState State(double t)
    {
        var p = Position(t);
        const double dt = 1.0 / 240;
        var v = (Position(t + dt) - Position(t - dt)) / (float)(2 * dt);
        return new ActorState(Kite.SubjectName, p with { Y = 0 }, Walkway.Yaw(-Downwind), p, SailHeight, v, false);
    }

    /// <summary>Appends the kite (sail, spars, tail of bows) and its line at film time t.</summary>
    public void Draw(double t, List<Instance> into)
    {
        var (centre, up, right, face) = Frame(t);
        var basis = new Matrix4x4(right.X, right.Y, right.Z, 0, up.X, up.Y, up.Z, 0, face.X, face.Y, face.Z, 0, 0, 0, 0, 1);

        // The sail: a thin square turned 45° and stretched into a diamond (tall along the spine, narrower across).
        float root2 = MathF.Sqrt(2);
        into.Add(new Instance(Primitive.Box,
            Matrix4x4.CreateScale(1, 1, 0.012f) * Matrix4x4.CreateRotationZ(MathF.PI / 4) * Matrix4x4.CreateScale(SailWidth / root2, SailHeight / root2, 1)
            * basis * Matrix4x4.CreateTranslation(centre), sail));
        // The spars, on the face the line pulls from: the spine top to bottom and the cross spar.
        var front = face * 0.012f;
        into.Add(Rod(centre + front - up * (SailHeight / 2), centre + front + up * (SailHeight / 2), 0.008f, spar));
        into.Add(Rod(centre + front - right * (SailWidth / 2), centre + front + right * (SailWidth / 2), 0.008f, spar));

        // The tail: a cord from the bottom tip streaming downwind and hanging, a wave running down it, a bow at each knot.
        var tip = centre - up * (SailHeight / 2);
        var stream = Vector3.Normalize(Downwind * 0.75f - Vector3.UnitY * 0.65f);
        var side = Vector3.Normalize(Vector3.Cross(Vector3.UnitY, Downwind));
        var last = tip;
        for (int i = 1; i <= TailBows; i++)
        {
            float wave = MathF.Sin((float)t * 5.1f - i * 0.95f + phase[5]) * 0.09f * i / TailBows * 2;
            var knot = tip + stream * (TailStep * i) + side * wave + Vector3.UnitY * (0.04f * MathF.Sin((float)t * 3.3f - i * 0.8f));
            into.Add(Rod(last, knot, 0.004f, line));
            var along = Vector3.Normalize(knot - last);
            var across = Vector3.Normalize(Vector3.Cross(along, face));
            var bow = i % 2 == 0 ? bowB : bowA;
            // A bow tie: two flattened cones meeting point to point at the knot.
            foreach (float s in new[] { -1f, 1f })
                into.Add(new Instance(Primitive.Cone, Matrix4x4.CreateScale(0.13f, 0.12f, 0.025f) * Matrix4x4.CreateFromQuaternion(FromTo(Vector3.UnitY, -across * s))
                    * Matrix4x4.CreateTranslation(knot + across * (s * 0.06f)), bow));
            last = knot;
        }

        // The line, sagging a little under its own weight, from the hand to the bridle just in front of the sail.
        var hand = Hand(t);
        var bridle = centre + face * 0.25f;
        float sag = 0.025f * LineLength;
        var from = hand;
        const int pieces = 14;
        for (int i = 1; i <= pieces; i++)
        {
            float u = i / (float)pieces;
            var to = Vector3.Lerp(hand, bridle, u) - Vector3.UnitY * (sag * 4 * u * (1 - u));
            into.Add(Rod(from, to, 0.0015f, line));
            from = to;
        }
    }

    /// <summary>A cylinder from a to b of the given radius (the unit cylinder is 1 tall and 1 across).</summary>
    static Instance Rod(Vector3 a, Vector3 b, float radius, Material m)
    {
        var axis = b - a;
        float length = axis.Length();
        var dir = length > 1e-6f ? axis / length : Vector3.UnitY;
        return new Instance(Primitive.Cylinder, Matrix4x4.CreateScale(radius * 2, length, radius * 2) * Matrix4x4.CreateFromQuaternion(FromTo(Vector3.UnitY, dir))
            * Matrix4x4.CreateTranslation((a + b) * 0.5f), m);
    }

    static Quaternion FromTo(Vector3 a, Vector3 b)
    {
        float d = Vector3.Dot(a, b);
        if (d > 0.99999f) return Quaternion.Identity;
        if (d < -0.99999f) return Quaternion.CreateFromAxisAngle(Vector3.UnitX, MathF.PI);
        return Quaternion.CreateFromAxisAngle(Vector3.Normalize(Vector3.Cross(a, b)), MathF.Acos(Math.Clamp(d, -1f, 1f)));
    }
}
