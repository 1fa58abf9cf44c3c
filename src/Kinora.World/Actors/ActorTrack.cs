using System.Numerics;

namespace Kinora.World;

/// <summary>
/// One character's blocking in a scene as a sequence of non-overlapping segments on the film clock (turn in
/// place, move along a walkway, sit down, stand up) with holds between them, plus the intervals when they speak,
/// look at someone, gesture or reach down. Sample is a pure function of time, continuous at segment joins.
/// </summary>
public sealed class ActorTrack
{
    public enum SegmentKind { Turn, Move, SitDown, StandUp, GetIn, Ride, GetOut, LieDown, GetUp }

    /// <summary>A timed piece of blocking; the state at its start is the state at the end of the one before.</summary>
    public sealed record Segment(SegmentKind Kind, double Start, double End, Vector3 From, float FacingFrom, Vector3 To, float FacingTo,
        Walkway? Way = null, WalkCycle? Cycle = null, Gait Gait = Gait.Walk, Seat? Seat = null, VehicleTrack? Vehicle = null, int SeatIndex = 0);

    /// <summary>An interval on the film clock (seconds) with what happens in it: a target to look at, a gesture.</summary>
    public sealed record Cue(double Start, double End, string What, string? Target);

    readonly List<Segment> segments = [];
    readonly List<Cue> cues = [];

    public string Name { get; }
    public float Track { get; }

    public ActorTrack(string name, Vector3 start, float facing, float track)
    {
        Name = name;
        Position = start;
        Facing = facing;
        Track = track;
        Home = start;
        HomeFacing = facing;
    }

    public Vector3 Home { get; }
    public float HomeFacing { get; }

    /// <summary>Where the character will be once every segment so far has played (used while blocking).</summary>
    public Vector3 Position { get; private set; }
    public float Facing { get; private set; }
    public Seat? SeatedOn { get; private set; }

    /// <summary>Whether the character lies on the ground once every segment so far has played.</summary>
    public bool Lying { get; private set; }

    /// <summary>The vehicle the character sits in once every segment so far has played, or null.</summary>
    public VehicleTrack? Riding { get; private set; }

    /// <summary>Film time at which the last segment ends.</summary>
    public double BusyUntil => segments.Count == 0 ? double.NegativeInfinity : segments[^1].End;

    public IReadOnlyList<Segment> Segments => segments;
    public IReadOnlyList<Cue> Cues => cues;

    public void Add(Segment s)
    {
        if (s.Start < BusyUntil - 1e-9) throw new InvalidOperationException("segments must not overlap");
        segments.Add(s);
        Position = s.To;
        Facing = s.FacingTo;
        SeatedOn = s.Kind switch { SegmentKind.SitDown => s.Seat, SegmentKind.StandUp => null, _ => SeatedOn };
        Lying = s.Kind switch { SegmentKind.LieDown => true, SegmentKind.GetUp => false, _ => Lying };
        Riding = s.Kind switch { SegmentKind.GetIn or SegmentKind.Ride => s.Vehicle, SegmentKind.GetOut => null, _ => Riding };
    }

    /// <summary>The vehicle the character is in or getting into or out of at film time t, or null.</summary>
    public VehicleTrack? VehicleAt(double t)
    {
        foreach (var s in segments)
        {
            if (t < s.Start) return null;
            if (s.Kind is SegmentKind.GetIn or SegmentKind.Ride or SegmentKind.GetOut && t < s.End) return s.Vehicle;
        }
        return null;
    }

    public void AddCue(Cue c) => cues.Add(c);

    /// <summary>Ends the ride the track finishes with at film time at, so the character can get out then.</summary>
    public void EndRide(double at)
    {
        if (segments.Count == 0 || segments[^1].Kind != SegmentKind.Ride) throw new InvalidOperationException("the track does not end in a ride");
        var ride = segments[^1];
        segments[^1] = ride with { End = Math.Max(ride.Start, at) };
    }

    /// <summary>How strongly a cue of this kind applies at t, 0..1, ramped over 0.3 s so gestures never pop.</summary>
    public float CueWeight(string what, double t, out string? target)
    {
        target = null;
        float best = 0;
        foreach (var c in cues)
        {
            if (c.What != what) continue;
            if (t < c.Start - 0.3 || t > c.End + 0.3) continue;
            double ramp = Math.Min(Math.Min(t - (c.Start - 0.3), (c.End + 0.3) - t) / 0.3, 1);
            float w = (float)Math.Clamp(ramp, 0, 1);
            w = w * w * (3 - 2 * w);
            if (w > best) { best = w; target = c.Target; }
        }
        return best;
    }

    public bool Speaking(double t)
    {
        foreach (var c in cues) if (c.What == "speak" && t >= c.Start && t < c.End) return true;
        return false;
    }

    /// <summary>The body's place, facing and feet at film time t (seconds).</summary>
    public Motion Sample(double t)
    {
        Segment? current = null;
        Vector3 pos = Home;
        float facing = HomeFacing;
        Seat? seat = null;
        float sit = 0, lie = 0;
        foreach (var s in segments)
        {
            if (t < s.Start) break;
            if (t < s.End) { current = s; break; }
            pos = s.To;
            facing = s.FacingTo;
            if (s.Kind == SegmentKind.SitDown) { seat = s.Seat; sit = 1; }
            if (s.Kind == SegmentKind.StandUp) { seat = null; sit = 0; }
            if (s.Kind == SegmentKind.LieDown) lie = 1;
            if (s.Kind == SegmentKind.GetUp) lie = 0;
        }
        if (current is null) return Still(pos, facing, sit, seat) with { Lie = lie };

        var seg = current;
        double u = (t - seg.Start) / (seg.End - seg.Start);
        switch (seg.Kind)
        {
            case SegmentKind.Turn:
                // Turning in place the feet shuffle round with the body: they are not planted.
                return Still(seg.From, LerpAngle(seg.FacingFrom, seg.FacingTo, Ease(u)), sit, seat) with { LeftPlanted = false, RightPlanted = false };
            case SegmentKind.SitDown:
                // Most sit where they stand; into a booth the body slides along the bench from its open end as it sits.
                return Still(Vector3.Lerp(seg.From, seg.To, Ease(u)), LerpAngle(seg.FacingFrom, seg.FacingTo, Ease(u)), Ease(u), seg.Seat) with { LeftPlanted = false, RightPlanted = false };
            case SegmentKind.StandUp:
                return Still(seg.From, seg.FacingFrom, 1 - Ease(u), seg.Seat) with { LeftPlanted = false, RightPlanted = false };
            case SegmentKind.LieDown:
                return Still(seg.From, seg.FacingFrom, 0, null) with { LeftPlanted = false, RightPlanted = false, Lie = (float)Math.Clamp(u, 0, 1) };
            case SegmentKind.GetUp:
                return Still(seg.From, seg.FacingFrom, 0, null) with { LeftPlanted = false, RightPlanted = false, Lie = 1 - (float)Math.Clamp(u, 0, 1) };
            case SegmentKind.GetIn or SegmentKind.Ride or SegmentKind.GetOut:
            {
                // In a vehicle the body rides its seat; getting in and out it moves between the kerb and the seat.
                var v = seg.Vehicle!;
                var seatNow = v.SeatAt(seg.SeatIndex, t);
                if (seg.Kind != SegmentKind.Ride && v.Design.Gunwale > 0) return OverTheSide(seg, v, seatNow, u, t);
                float inside = seg.Kind switch { SegmentKind.GetIn => Ease(u), SegmentKind.GetOut => 1 - Ease(u), _ => 1 };
                var kerb = seg.Kind == SegmentKind.GetOut ? seg.To : seg.From;
                var kerbFacing = seg.Kind == SegmentKind.GetOut ? seg.FacingTo : seg.FacingFrom;
                var body = Vector3.Lerp(kerb, seatNow.Position, inside);
                var face = LerpAngle(kerbFacing, seatNow.Facing, inside);
                return Still(body, face, inside, seatNow) with { LeftPlanted = false, RightPlanted = false };
            }
            default:
            {
                var way = seg.Way!;
                float s = Travel(u) * way.Length;
                float speed = (float)(TravelRate(u) * way.Length / (seg.End - seg.Start));
                var (lf, lp) = seg.Cycle!.Foot(true, s);
                var (rf, rp) = seg.Cycle!.Foot(false, s);
                return new Motion(way.At(s), way.HeadingAt(s), lf, rf, lp, rp, 0, null, speed, seg.Gait, seg.Cycle.StepLength);
            }
        }
    }

    /// <summary>
    /// Boarding over a gunwale (or leaving over it): the body steps across from the quay to the floor by the seat in the
    /// first 60 % of the time, with a hop that carries the feet a hand's breadth over the side where the path crosses it,
    /// then sits (getting out: stands, then steps across and down).
    /// </summary>
    Motion OverTheSide(Segment seg, VehicleTrack v, Seat seatNow, double u, double t)
    {
        const double Cross = 0.6;
        bool boarding = seg.Kind == SegmentKind.GetIn;
        double w = boarding ? u : 1 - u;   // 0 on the quay, 1 seated
        var kerb = boarding ? seg.From : seg.To;
        float kerbFacing = boarding ? seg.FacingFrom : seg.FacingTo;
        float c = (float)Math.Clamp(w / Cross, 0, 1), across = Ease(c);
        float sit = Ease((w - Cross) / (1 - Cross));
        var floor = seatNow.Position;
        var pos = Vector3.Lerp(kerb, floor, across);
        pos.Y += Hop(v, kerb, floor, t, c);
        var motion = Still(pos, LerpAngle(kerbFacing, seatNow.Facing, across), sit, seatNow);
        return motion with { LeftPlanted = false, RightPlanted = false };
    }

    /// <summary>
    /// How far (metres) the body is lifted at fraction c of its step across a gunwale from kerb to floor: a smooth hump,
    /// highest where the path crosses the hull's side, that carries the soles <see cref="HopClearance"/> over its top.
    /// </summary>
    public static float Hop(VehicleTrack v, Vector3 kerb, Vector3 floor, double t, float c)
    {
        var (at, heading) = v.Sample(t);
        var right = new Vector3(MathF.Cos(heading), 0, -MathF.Sin(heading));
        float zk = Vector3.Dot(kerb - at, right), zf = Vector3.Dot(floor - at, right);
        float side = MathF.CopySign(v.Design.HalfSize.Z, zk);
        // Where along the step (as a share of the distance, then of the time) the path passes over the side.
        float f = MathF.Abs(zk - zf) > 1e-4f ? Math.Clamp((zk - side) / (zk - zf), 0.05f, 0.95f) : 0.5f;
        float cStar = InverseEase(f);
        const float Width = 0.3f;
        float d = MathF.Abs(c - cStar) / Width;
        if (d >= 1) return 0;
        float top = at.Y + v.Design.Gunwale + HopClearance;
        float lift = MathF.Max(0, top - (kerb.Y + (floor.Y - kerb.Y) * f));
        float hump = MathF.Cos(d * MathF.PI / 2);
        return lift * hump * hump;
    }

    /// <summary>How far over a gunwale's top the soles pass, metres.</summary>
    public const float HopClearance = 0.08f;

    /// <summary>The inverse of <see cref="Ease"/> on [0, 1], by bisection.</summary>
    static float InverseEase(float y)
    {
        float lo = 0, hi = 1;
        for (int i = 0; i < 24; i++)
        {
            float mid = 0.5f * (lo + hi);
            if (Ease(mid) < y) lo = mid; else hi = mid;
        }
        return 0.5f * (lo + hi);
    }

    Motion Still(Vector3 pos, float facing, float sit, Seat? seat)
    {
        var right = new Vector3(MathF.Cos(facing), 0, -MathF.Sin(facing));
        // Seated feet draw in toward the seat; the body's ground position stays where it stood.
        var feet = seat is { } s && sit > 0 ? Vector3.Lerp(pos, s.Position + s.Forward * 0.3f, sit) : pos;
        return new Motion(pos, facing, feet - right * Track, feet + right * Track, true, true, sit, seat, 0, Gait.Walk, 0.7f);
    }

    /// <summary>Fraction of a move's distance covered at fraction u of its time: accelerate over the first 20 %, cruise, slow over the last 20 %.</summary>
    public static float Travel(double u)
    {
        const double a = 0.2, v = 1 / (1 - a);
        u = Math.Clamp(u, 0, 1);
        double s = u < a ? 0.5 * v / a * u * u
            : u < 1 - a ? 0.5 * v * a + v * (u - a)
            : 1 - 0.5 * v / a * (1 - u) * (1 - u);
        return (float)s;
    }

    /// <summary>
    /// The fraction of a move's time at which fraction s of its distance is covered: the inverse of <see cref="Travel"/>.
    /// </summary>
    public static double TravelTime(double s)
    {
        const double a = 0.2, v = 1 / (1 - a);
        s = Math.Clamp(s, 0, 1);
        double s1 = 0.5 * v * a;
        return s < s1 ? Math.Sqrt(2 * a * s / v)
            : s <= 1 - s1 ? a + (s - s1) / v
            : 1 - Math.Sqrt(2 * a * (1 - s) / v);
    }

    /// <summary>
    /// Every moment a foot comes down on this track, in film order: when each step of each walk or run is planted
    /// (the instant <see cref="Sample"/> turns that foot from swinging to planted), where, and in which gait.
    /// </summary>
    public IEnumerable<FootContact> FootContacts()
    {
        foreach (var seg in segments)
        {
            if (seg.Kind != SegmentKind.Move || seg.Way is not { } way || seg.Cycle is not { } cycle) continue;
            foreach (var (left, point, distance) in cycle.Landings)
            {
                double u = TravelTime(way.Length > 0 ? distance / way.Length : 1);
                yield return new FootContact(Name, seg.Start + u * (seg.End - seg.Start), left, point, seg.Gait);
            }
        }
    }

    static double TravelRate(double u)
    {
        const double a = 0.2, v = 1 / (1 - a);
        u = Math.Clamp(u, 0, 1);
        return u < a ? v * u / a : u < 1 - a ? v : v * (1 - u) / a;
    }

    public static float Ease(double u)
    {
        float x = (float)Math.Clamp(u, 0, 1);
        return x * x * (3 - 2 * x);
    }

    public static float LerpAngle(float a, float b, float u) => a + WrapPi(b - a) * u;

    public static float WrapPi(float a)
    {
        while (a > MathF.PI) a -= MathF.Tau;
        while (a < -MathF.PI) a += MathF.Tau;
        return a;
    }
}
