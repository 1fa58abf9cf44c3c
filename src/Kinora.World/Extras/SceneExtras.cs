using System.Collections.Immutable;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// The background of one scene, staged after the cast and the things: extras at work stations (cooks at the
/// counters, a waiter at the diner's counter), seated on seats the cast leaves free, talking in pairs, standing
/// about, and walking (children running) along paths planned around the set. Every spot and path keeps
/// <see cref="CastKeep"/> from everywhere the cast stands or walks during the scene, clear of the set, of the
/// props and vehicles as they move, of doors and of each other, and prefers the edges of the set, away from
/// the action, where the camera sees them behind the cast rather than in front of it. Deterministic in the seed.
/// </summary>
public sealed class SceneExtras
{
    /// <summary>How far, in metres, an extra keeps from any point the cast occupies during the scene (centre to centre).</summary>
    public const float CastKeep = 2.2f;

    /// <summary>How far apart two extras stand (centre to centre), in metres, unless they talk together.</summary>
    const float Spacing = 1.1f;

    const float WalkerKeep = 0.9f, PropKeep = 0.5f, DoorKeep = 1.6f;

    public static readonly SceneExtras None = new([]);

    /// <summary>The extras of the scene.</summary>
    public ImmutableArray<Extra> Extras { get; }

    SceneExtras(ImmutableArray<Extra> extras) => Extras = extras;

    /// <summary>An extra's joints and state at film time t (extras never speak).</summary>
    public static (BodyPose Pose, ActorState State) Perform(Extra e, double t)
    {
        var m = e.Track.Sample(t);
        float talk = e.Track.CueWeight("talk", t, out _);
        float gesture = e.Track.CueWeight("gesture", t, out _);
        float look = e.Track.CueWeight("look", t, out _);
        var body = e.Body;
        Vector3? lookAt = null;
        if (e.Focus is { } f && e.Role != ExtraRole.Walk) lookAt = f;
        else if (look > 0)
        {
            // Glance aside: the head turns toward a point off the shoulder and back.
            float side = MathF.Sin((float)t * 0.37f + e.Name.Length);
            lookAt = m.Position + new Vector3(-MathF.Sin(m.Facing + side), 0, -MathF.Cos(m.Facing + side)) * 3 + Vector3.UnitY * body.EyeHeight;
        }
        var pose = body.Pose(m, t, lookAt, talk, gesture, 0, e.Role == ExtraRole.Talk && talk < 0.5f);
        const double dt = 1.0 / 240;
        var velocity = (e.Track.Sample(t + dt).Position - e.Track.Sample(t - dt).Position) / (float)(2 * dt);
        return (pose, new ActorState(e.Name, m.Position, m.Facing, pose.Eyes, body.Skeleton.Height, velocity, false));
    }

    /// <summary>Appends every extra's posed body at film time t.</summary>
    public void Draw(double t, ImmutableArray<Figure>.Builder into)
    {
        foreach (var e in Extras) into.Add(e.Body.Figure(Perform(e, t).Pose, MouthShape.Rest));
    }

    /// <summary>
    /// Stages the background of a scene. roster(k, child) gives the location's k-th adult or child, the same body
    /// in every scene there.
    /// </summary>
    public static SceneExtras Stage(ScenePlan scene, SetGeometry set, Blocking blocking, SceneProps things, CrowdCall call,
        Func<int, bool, Humanoid> roster, long seed)
    {
        if (call.Count == 0) return None;
        return new Stager(scene, set, blocking, things, seed).Run(call, roster);
    }

    sealed class Stager
    {
        readonly ScenePlan scene;
        readonly SetGeometry set;
        readonly PathPlanner planner;
        readonly List<Vector3> castPoints = [];
        readonly List<Aabb> moving = [];
        readonly List<Vector3> standing = [];
        readonly List<ActorTrack> walkers = [];
        readonly List<Extra> placed = [];
        readonly Aabb area;
        Pcg32 dice;

        public Stager(ScenePlan scene, SetGeometry set, Blocking blocking, SceneProps things, long seed)
        {
            this.scene = scene;
            this.set = set;
            planner = new PathPlanner(set);
            dice = Pcg32.For(seed, $"extras:{scene.Index}:{set.Id}");
            area = set.Interior ? set.Stage : set.Stage.Inflate(1.2f);
            // Everywhere the cast is during the scene, on a 25 cm grid; whatever the props and vehicles sweep.
            var seen = new HashSet<(int, int)>();
            void Mark(Vector3 p)
            {
                if (seen.Add(((int)MathF.Floor(p.X * 4), (int)MathF.Floor(p.Z * 4)))) castPoints.Add(p with { Y = 0 });
            }
            foreach (var track in blocking.Tracks)
            {
                Mark(track.Home);
                foreach (var s in track.Segments)
                {
                    Mark(s.From);
                    Mark(s.To);
                    if (s.Way is { } way) for (float d = 0; d <= way.Length; d += 0.25f) Mark(way.At(d));
                    if (s.Seat is { } seat) { Mark(seat.Position); Mark(seat.Approach); }
                }
                for (double t = scene.Start; t < scene.End; t += 0.5) Mark(track.Sample(t).Position);
            }
            for (double t = scene.Start; t <= scene.End; t += 0.5)
            {
                foreach (var v in things.Vehicles.Vehicles) moving.Add(v.BoundsAt(t));
                foreach (var p in things.Props) moving.Add(p.BoundsAt(things.PoseAt(p, t)));
            }
        }

        public SceneExtras Run(CrowdCall call, Func<int, bool, Humanoid> roster)
        {
            var kind = set.Kind;
            int adult = 0, child = 0;
            int workers = kind switch
            {
                LocationKind.Kitchen => call.Adults,
                LocationKind.Diner or LocationKind.Warehouse => 1,
                LocationKind.Street or LocationKind.Harbour when call.Busy => 2,
                _ => 0,
            };
            int seated = kind is LocationKind.Diner or LocationKind.Office ? Math.Max(0, call.Adults - workers - 1) : 0;
            bool outdoors = !set.Interior;

            for (int i = 0; i < workers && adult < call.Adults; i++)
                if (Work(roster(adult, false))) adult++; else break;
            for (int i = 0; i < seated && adult < call.Adults; i++)
                if (Sit(roster(adult, false))) adult++; else break;
            // Children run across the set, or stand in a pair; grown-ups stroll the edges outdoors.
            for (int i = 0; i < call.Children; i++)
            {
                var body = roster(child, true);
                bool done = i < 2 && outdoors ? Walk(body, run: true) : false;
                if (!done && i + 1 < call.Children && Pair(body, roster(child + 1, true))) { child += 2; i++; continue; }
                if (!done) done = Idle(body);
                if (done) child++;
            }
            int strollers = outdoors ? Math.Min(2, (call.Adults - adult + 1) / 2) : 0;
            for (int i = 0; i < strollers && adult < call.Adults; i++)
                if (Walk(roster(adult, false), run: false)) adult++; else break;
            while (adult < call.Adults)
            {
                if (call.Adults - adult >= 2 && Pair(roster(adult, false), roster(adult + 1, false))) { adult += 2; continue; }
                if (!Idle(roster(adult, false))) break;
                adult++;
            }
            return new SceneExtras([.. placed]);
        }

        /// <summary>Whether a body can stand at p for the whole scene: clear of the set, the cast, the things, doors and the other extras.</summary>
        /// <summary>
        /// Whether an extra may stand (or sit, tucked: feet under a booth's table, in from the playing area) at p,
        /// clear of the cast, the others, moving props, doors and walkers.
        /// </summary>
        bool Clear(Vector3 p, float spacing = Spacing, bool tucked = false)
        {
            if (!tucked && (p.X < area.Min.X || p.X > area.Max.X || p.Z < area.Min.Z || p.Z > area.Max.Z)) return false;
            if (!tucked && planner.ClearanceAt(p) < PathPlanner.BodyClearance + 0.05f) return false;
            foreach (var c in castPoints) if (Flat(c - p) < CastKeep) return false;
            foreach (var s in standing) if (Flat(s - p) < spacing) return false;
            foreach (var b in moving) if (Reach(p, b) < PropKeep) return false;
            foreach (var d in set.Doors) if (Flat(d.Hinge - p) < DoorKeep + d.Width) return false;
            foreach (var w in walkers)
                for (double t = scene.Start; t < scene.End; t += 0.25)
                    if (Flat(w.Sample(t).Position - p) < WalkerKeep) return false;
            return true;
        }

        static float Flat(Vector3 v) => MathF.Sqrt(v.X * v.X + v.Z * v.Z);

        static float Reach(Vector3 p, Aabb b)
        {
            float dx = Math.Max(Math.Max(b.Min.X - p.X, 0), p.X - b.Max.X);
            float dz = Math.Max(Math.Max(b.Min.Z - p.Z, 0), p.Z - b.Max.Z);
            return MathF.Sqrt(dx * dx + dz * dz);
        }

        float FromCast(Vector3 p)
        {
            float best = float.MaxValue;
            foreach (var c in castPoints) best = Math.Min(best, Flat(c - p));
            return castPoints.Count == 0 ? Flat(p - set.Stage.Centre) : best;
        }

        /// <summary>Clear ground on a 40 cm grid, the spots furthest from the action first (a little shuffled).</summary>
        List<Vector3> Spots()
        {
            var spots = new List<(Vector3 P, float Score)>();
            for (float x = area.Min.X + 0.2f; x < area.Max.X; x += 0.4f)
                for (float z = area.Min.Z + 0.2f; z < area.Max.Z; z += 0.4f)
                {
                    var p = new Vector3(x, 0, z);
                    if (Clear(p)) spots.Add((p, Math.Min(FromCast(p), 9f) + dice.RangeF(0, 1.5f)));
                }
            return [.. spots.OrderByDescending(s => s.Score).Select(s => s.P)];
        }

        ActorTrack Stand(Humanoid body, string name, Vector3 at, float facing) =>
            new(name, at with { Y = 0 }, facing, body.Skeleton.Height * 0.055f);

        bool Idle(Humanoid body)
        {
            var spots = Spots();
            if (spots.Count == 0) return false;
            var at = spots[0];
            var toward = castPoints.Count > 0 ? castPoints.OrderBy(c => Flat(c - at)).First() : set.Stage.Centre;
            var track = Stand(body, body.Member.Name, at, Walkway.Yaw(toward - at) + dice.RangeF(-0.6f, 0.6f));
            for (double t = scene.Start + dice.Range(1, 4); t < scene.End; t += dice.Range(5, 10))
                track.AddCue(new ActorTrack.Cue(t, t + dice.Range(1.5, 3), "look", null));
            Place(new Extra(body.Member.Name, body, track, ExtraRole.Idle, null));
            return true;
        }

        bool Pair(Humanoid a, Humanoid b)
        {
            foreach (var at in Spots())
                for (int k = 0; k < 8; k++)
                {
                    float yaw = k * MathF.Tau / 8;
                    var other = at + new Vector3(MathF.Cos(yaw), 0, MathF.Sin(yaw)) * 1.2f;
                    if (!Clear(other)) continue;
                    var ta = Stand(a, a.Member.Name, at, Walkway.Yaw(other - at));
                    var tb = Stand(b, b.Member.Name, other, Walkway.Yaw(at - other));
                    // They take turns: a few seconds each, with a pause now and then.
                    bool first = true;
                    for (double t = scene.Start + dice.Range(0, 1.5); t < scene.End; first = !first)
                    {
                        double len = dice.Range(2.5, 6);
                        (first ? ta : tb).AddCue(new ActorTrack.Cue(t, Math.Min(t + len, scene.End), "talk", null));
                        t += len + dice.Range(0.4, 1.5);
                    }
                    Place(new Extra(a.Member.Name, a, ta, ExtraRole.Talk, other + Vector3.UnitY * b.EyeHeight));
                    Place(new Extra(b.Member.Name, b, tb, ExtraRole.Talk, at + Vector3.UnitY * a.EyeHeight));
                    return true;
                }
            return false;
        }

        /// <summary>A work station: standing 0.6 m in front of a counter-high obstacle, facing it.</summary>
        bool Work(Humanoid body)
        {
            float ground = set.Stage.Min.Y;
            var stations = new List<(Vector3 At, Vector3 Face, float Score)>();
            foreach (var box in set.Obstacles)
            {
                float top = box.Max.Y - ground;
                if (top < 0.7f || top > 1.3f || box.Min.Y > ground + 0.2f) continue;
                var size = box.Size;
                if (Math.Max(size.X, size.Z) < 0.5f) continue;
                foreach (var (normal, across) in new[] { (Vector3.UnitX, Vector3.UnitZ), (-Vector3.UnitX, Vector3.UnitZ), (Vector3.UnitZ, Vector3.UnitX), (-Vector3.UnitZ, Vector3.UnitX) })
                {
                    float half = Vector3.Dot(size, across) / 2, depth = Vector3.Dot(size, normal * normal) / 2;
                    for (float s = -half + 0.3f; s <= half - 0.3f; s += 0.4f)
                    {
                        var face = box.Centre with { Y = 0 } + normal * depth + across * s;
                        var at = face + normal * 0.6f;
                        if (Clear(at)) stations.Add((at, face, Math.Min(FromCast(at), 9f) + dice.RangeF(0, 1.5f)));
                    }
                }
            }
            if (stations.Count == 0) return false;
            var (spot, counter, _) = stations.OrderByDescending(s => s.Score).First();
            var track = Stand(body, body.Member.Name, spot, Walkway.Yaw(counter - spot));
            // Hands busy at the worktop in spells, a glance up now and then.
            for (double t = scene.Start + dice.Range(0, 2); t < scene.End; t += dice.Range(4, 8))
                track.AddCue(new ActorTrack.Cue(t, Math.Min(t + dice.Range(2, 4), scene.End), "gesture", null));
            Place(new Extra(body.Member.Name, body, track, ExtraRole.Work, counter + Vector3.UnitY * 0.95f));
            return true;
        }

        bool Sit(Humanoid body)
        {
            foreach (var seat in set.Seats.OrderByDescending(s => FromCast(s.Position)))
            {
                if (!Clear(seat.Approach, tucked: seat.Tucked) || FromCast(seat.Position) < CastKeep) continue;
                if (placed.Any(p => p.Track.SeatedOn is { } taken && Vector3.Distance(taken.Position, seat.Position) < 0.3f)) continue;
                var track = Stand(body, body.Member.Name, seat.Approach, seat.Facing);
                // Already seated when the scene opens.
                track.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.SitDown, scene.Start - 1.0, scene.Start - 0.1, seat.Approach with { Y = 0 }, seat.Facing, seat.Approach with { Y = 0 }, seat.Facing, Seat: seat));
                for (double t = scene.Start + dice.Range(1, 5); t < scene.End; t += dice.Range(6, 12))
                    track.AddCue(new ActorTrack.Cue(t, Math.Min(t + dice.Range(1.5, 3), scene.End), dice.Next(2) == 0 ? "gesture" : "look", null));
                Place(new Extra(body.Member.Name, body, track, ExtraRole.Seated, null));
                return true;
            }
            return false;
        }

        /// <summary>Back and forth between two far-apart clear spots along a planned path, pausing at each end.</summary>
        bool Walk(Humanoid body, bool run)
        {
            var spots = Spots();
            var blockers = castPoints.Select(c => (c, CastKeep)).Concat(standing.Select(s => (s, Spacing))).ToList();
            int tries = 0;
            foreach (var a in spots.Take(12))
                foreach (var b in spots.OrderByDescending(s => Flat(s - a)).Take(6))
                {
                    if (++tries > 30) return false;
                    if (Flat(b - a) < 4f) continue;
                    var way = planner.Find(a, b, blockers);
                    if (way is null || !Swept(way)) continue;
                    var back = new Walkway([.. way.Points.Reverse()]);
                    var track = Stand(body, body.Member.Name, a, way.HeadingAt(0));
                    float h = body.Skeleton.Height;
                    float speed = run ? 2.6f : 1.15f;
                    double t = scene.Start + dice.Range(0, 2);
                    bool there = false;
                    while (true)
                    {
                        var w = there ? back : way;
                        double time = w.Length / speed;
                        if (t + 0.6 + time > scene.End) break;
                        float step = (run ? Math.Clamp(0.5f + 0.2f * speed, 0.8f, 1.5f) : Math.Clamp(0.3f + 0.28f * speed, 0.45f, 0.85f)) * h / 1.75f;
                        var cycle = new WalkCycle(w, step, run ? 0.35f : 0.6f, track.Track, run ? 0.14f : 0.07f);
                        TurnTo(track, w.HeadingAt(0), t);
                        double t0 = track.BusyUntil;
                        track.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Move, t0, t0 + time, track.Position, track.Facing, w.Points[^1], w.HeadingAt(w.Length), w, cycle, run ? Gait.Run : Gait.Walk));
                        there = !there;
                        t = track.BusyUntil + dice.Range(1.5, 5);
                    }
                    if (track.Segments.Count == 0) continue;
                    if (!ClearOfWalkers(track)) continue;
                    walkers.Add(track);
                    Place(new Extra(body.Member.Name, body, track, ExtraRole.Walk, null), stands: false);
                    return true;
                }
            return false;
        }

        static void TurnTo(ActorTrack track, float yaw, double at)
        {
            float delta = ActorTrack.WrapPi(yaw - track.Facing);
            double start = Math.Max(at, track.BusyUntil);
            if (MathF.Abs(delta) < 0.05f) { if (start > track.BusyUntil) track.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Turn, start, start + 0.01, track.Position, track.Facing, track.Position, track.Facing)); return; }
            double time = 0.45 * Math.Clamp(MathF.Abs(delta) / 1.5f, 0.5f, 1.5f);
            track.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Turn, start, start + time, track.Position, track.Facing, track.Position, track.Facing + delta));
        }

        /// <summary>Whether every point of a path stays clear of the moving things, doors, the set's edges and the extras standing.</summary>
        bool Swept(Walkway way)
        {
            for (float d = 0; d <= way.Length; d += 0.2f)
            {
                var p = way.At(d);
                if (p.X < area.Min.X || p.X > area.Max.X || p.Z < area.Min.Z || p.Z > area.Max.Z) return false;
                foreach (var c in castPoints) if (Flat(c - p) < CastKeep - 0.15f) return false;
                foreach (var s in standing) if (Flat(s - p) < WalkerKeep) return false;
                foreach (var b in moving) if (Reach(p, b) < PropKeep) return false;
                foreach (var door in set.Doors) if (Flat(door.Hinge - p) < DoorKeep + door.Width) return false;
            }
            return true;
        }

        bool ClearOfWalkers(ActorTrack track)
        {
            foreach (var w in walkers)
                for (double t = scene.Start; t < scene.End; t += 0.1)
                    if (Flat(w.Sample(t).Position - track.Sample(t).Position) < WalkerKeep) return false;
            return true;
        }

        void Place(Extra e, bool stands = true)
        {
            placed.Add(e);
            if (stands) standing.Add(e.Track.Home);
        }
    }
}
