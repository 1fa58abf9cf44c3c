using System.Collections.Immutable;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// The things of one scene: the props its set already holds from earlier scenes, the props its action lines
/// name (placed by the person who uses them, clear of every path), what the action does to them (picked up,
/// carried, dropped, thrown, knocked over, put down), simulated as rigid bodies once when the world is built;
/// its doors; and the state the set is left in for the next scene there.
/// </summary>
public sealed class SceneProps
{
    /// <summary>How far after a beat starts a hand lets go, in seconds (the gesture leads the release).</summary>
    const double ReleaseLead = 0.5;

    /// <summary>How long after the scene the simulation may run on to bring what is still moving to rest, in seconds.</summary>
    const double SettleAfter = 8;

    readonly List<PropTrack> props = [];
    readonly List<DoorTrack> doors = [];
    readonly Func<string, double, BodyPose?> poseOf;
    readonly Blocking blocking;
    readonly SetGeometry set;
    readonly List<Aabb> floors = [];
    Pcg32 dice;

    public IReadOnlyList<PropTrack> Props => props;

    /// <summary>The set's solid boxes the props collide with (obstacles near the stage and raised floors), in metres.</summary>
    public IReadOnlyList<Aabb> Solids { get; private set; } = [];
    public IReadOnlyList<DoorTrack> Doors => doors;
    public VehicleStaging Vehicles { get; }

    /// <summary>The set's state when the scene is over: what the next scene at this location starts from.</summary>
    public SetState After { get; }

    /// <summary>
    /// Footprints of the props a set holds in a state: obstacles for people walking. However flat a thing lies
    /// (a book, a dropped map), people step round it, not on it, so each stands at least a kerb's height.
    /// </summary>
    public static IEnumerable<Aabb> Footprints(SetState state) =>
        state.Props.Values.Select(p => new PropTrack("", p.Design, p.Pose).BoundsAt(p.Pose))
            .Select(b => b.Max.Y >= b.Min.Y + SteppedRound ? b : new Aabb(b.Min, b.Max with { Y = b.Min.Y + SteppedRound }));

    /// <summary>The least height a prop on the floor counts as for walking, in metres (obstacles under 5 cm are walked over).</summary>
    const float SteppedRound = 0.1f;

    public SceneProps(ScenePlan scene, SetGeometry set, SetState before, IReadOnlyList<PropCue> cues, Blocking blocking, VehicleStaging vehicles,
        Func<string, double, BodyPose?> poseOf, long seed)
    {
        this.set = set;
        this.blocking = blocking;
        this.poseOf = poseOf;
        Vehicles = vehicles;
        foreach (var inst in set.Instances)
        {
            if (inst.Shape != Primitive.Box) continue;
            var b = VehicleStaging.BoundsOf(inst);
            if (b.Max.Y > 0.02f && b.Max.Y <= 0.35f && b.Min.Y < b.Max.Y && b.Size.X >= 0.5f && b.Size.Z >= 0.5f
                && set.Stage.Inflate(8).Contains(b.Centre with { Y = 1 })) floors.Add(b);
        }

        foreach (var (id, (design, pose)) in before.Props) props.Add(new PropTrack(id, design, pose));
        for (int i = 0; i < set.Doors.Length; i++) doors.Add(new DoorTrack(set.Doors[i], i, before.DoorAngle(i)));

        dice = Pcg32.For(seed, $"props:{scene.Index}");
        var events = new List<(double At, PropCue Cue, int Order)>();
        var heldFromStart = new Dictionary<PropTrack, string>();
        foreach (var cue in cues)
        {
            if (cue.Verb is PropVerb.OpenDoor or PropVerb.CloseDoor)
            {
                if (doors.Count > 0) doors[0].Swing(cue.At + 0.3, cue.Verb == PropVerb.OpenDoor ? Door.OpenAngle : 0);
                continue;
            }
            if (cue.Design is not { } design) continue;
            int want = cue.Plural ? 3 : 1;
            int have = props.Count(p => p.Design == design);
            for (int k = have; k < want; k++)
            {
                string id = k == 0 ? design.Name : $"{design.Name} {k + 1}";
                bool inHand = cue.Who is not null && k == 0 && cue.Verb is PropVerb.Throw or PropVerb.Drop or PropVerb.PutDown;
                if (inHand)
                {
                    var track = new PropTrack(id, design, RigidPose.Upright(set.Stage.Centre));
                    props.Add(track);
                    heldFromStart[track] = cue.Who!;
                    continue;
                }
                if (Place(design, cue, scene) is not { } spot) break;
                props.Add(new PropTrack(id, design, RigidPose.Upright(spot, dice.RangeF(-0.4f, 0.4f))));
            }
            if (cue.Verb != PropVerb.Bring) events.Add((cue.At, cue, events.Count));
        }

        After = Simulate(scene, before, events, heldFromStart);
    }

    /// <summary>A clear spot on the floor for a new prop by the person who first uses it, or null when there is none.</summary>
    Vector3? Place(PropDesign design, PropCue cue, ScenePlan scene)
    {
        var anchor = cue.Who is { } who ? blocking.Track(who) : null;
        var at = set.Stage.Centre with { Y = 0 };
        float facing = 0;
        if (anchor is not null)
        {
            var m = anchor.Sample(cue.At);
            at = m.Position with { Y = 0 };
            facing = m.Facing;
        }
        float r = design.Footprint;
        for (float ring = 0.55f + r; ring < 3.5f; ring += 0.3f)
            for (int i = 0; i < 16; i++)
            {
                float turn = (i % 2 == 0 ? 1 : -1) * (i + 1) / 2 * MathF.Tau / 16;
                float yaw = facing + turn;
                var p = at + new Vector3(-MathF.Sin(yaw), 0, -MathF.Cos(yaw)) * ring;
                if (Clear(p, r, anchor, cue.At)) return p with { Y = FloorAt(p) + design.RestHeight };
            }
        return null;
    }

    bool Clear(Vector3 p, float r, ActorTrack? anchor, double cueAt)
    {
        if (!set.Stage.Inflate(0.5f).Contains(p with { Y = 0.5f })) return false;
        if (SetBuilder.Clearance(set.Obstacles, p) < r + 0.1f) return false;
        foreach (var other in props)
        {
            var q = other.Sample(double.NegativeInfinity, (_, _) => null).Position;
            if (Horizontal(q - p) < r + other.Design.Footprint + 0.15f) return false;
        }
        foreach (var v in Vehicles.Vehicles)
            if (v.Design.Bounds(v.Home, v.HomeHeading).Inflate(r + 0.2f).Contains(p with { Y = 0.3f })) return false;
        foreach (var track in blocking.Tracks)
        {
            bool own = track == anchor;
            float body = ContinuityBodyRadius + r + 0.08f;
            if (Horizontal(track.Home - p) < body + (own ? 0.1f : 0.15f) && (!own || track.Segments.Count == 0 || track.Segments[0].Start > cueAt)) return false;
            foreach (var s in track.Segments)
            {
                if (Horizontal(s.To - p) < body + (own ? 0.1f : 0.15f)) return false;
                if (s.Way is not { } way) continue;
                for (float d = 0; d <= way.Length; d += 0.2f)
                    if (Horizontal(way.At(d) - p) < body) return false;
            }
        }
        return true;
    }

    /// <summary>The radius the continuity check gives a body's footprint, in metres.</summary>
    const float ContinuityBodyRadius = 0.2f;

    static float Horizontal(Vector3 v) => MathF.Sqrt(v.X * v.X + v.Z * v.Z);

    float FloorAt(Vector3 p)
    {
        float y = 0;
        foreach (var f in floors)
            if (p.X >= f.Min.X && p.X <= f.Max.X && p.Z >= f.Min.Z && p.Z <= f.Max.Z) y = MathF.Max(y, f.Max.Y);
        return y;
    }

    /// <summary>Where a prop sits in a holder's hands at t: light things in the right hand, heavy ones hugged in front of the chest.</summary>
    public RigidPose? Grip(PropDesign design, string holder, double t)
    {
        if (poseOf(holder, t) is not { } pose) return null;
        var forward = new Vector3(-MathF.Sin(pose.Facing), 0, -MathF.Cos(pose.Facing));
        var turn = Quaternion.CreateFromAxisAngle(Vector3.UnitY, pose.Facing);
        if (design.Mass >= 2.5f)
        {
            var front = design.Shape == ColliderShape.Box ? design.HalfExtents.Z : design.HalfExtents.X;
            return new RigidPose(pose.Chest + forward * (0.14f + front) - new Vector3(0, 0.2f, 0), turn);
        }
        return new RigidPose(pose.RightHand - new Vector3(0, design.RestHeight * 0.7f, 0) + forward * 0.03f, turn);
    }

    SetState Simulate(ScenePlan scene, SetState before, List<(double At, PropCue Cue, int Order)> events, Dictionary<PropTrack, string> heldFromStart)
    {
        Solids = [.. set.Obstacles.Where(o => set.Stage.Inflate(8).Contains(o.Centre with { Y = 1 }) || Overlaps(o, set.Stage.Inflate(8))).Concat(floors)];
        var world = new RigidBodyWorld(0, Solids);
        var flying = new List<RigidPose>?[props.Count];
        foreach (var p in props)
        {
            int i = world.Add(p.Design.Spec(p.Id), p.Sample(double.NegativeInfinity, (_, _) => null), asleep: true);
            if (heldFromStart.TryGetValue(p, out var who))
            {
                p.Hold(double.NegativeInfinity, who);
                world.Hold(i, Grip(p.Design, who, scene.Start) ?? p.Sample(double.NegativeInfinity, (_, _) => null));
            }
        }

        double now = scene.Start;
        void Advance(double to)
        {
            while (now < to - 1e-9)
            {
                if (world.Settled) { now = to; return; }
                for (int i = 0; i < props.Count; i++)
                    if (flying[i] is null && !world.IsAsleep(i) && !world.IsHeld(i))
                    {
                        flying[i] = props[i].Fly(now);
                        flying[i]!.Add(world.PoseOf(i));
                    }
                world.SetPeople(People(now));
                world.StepOnce();
                now += RigidBodyWorld.Step;
                for (int i = 0; i < props.Count; i++)
                {
                    if (flying[i] is not { } poses) continue;
                    poses.Add(world.PoseOf(i));
                    if (world.IsAsleep(i)) { props[i].Rest(now, world.PoseOf(i)); flying[i] = null; }
                }
            }
        }

        foreach (var (at, cue, _) in events.OrderBy(e => e.At).ThenBy(e => e.Order))
        {
            double when = at + (cue.Verb == PropVerb.PickUp ? Math.Min(1.2, 0.5 * (cue.End - cue.At)) : ReleaseLead);
            when = Math.Min(when, scene.End - 0.05);
            Advance(when);
            Apply(world, cue, now, flying);
        }
        Advance(scene.End);

        // What is still in a hand at the end is set down at the holder's feet; what still moves comes to rest.
        for (int i = 0; i < props.Count; i++)
            if (world.IsHeld(i) && props[i].HolderAt(now) is { } holder)
            {
                var spot = PutDownSpot(props[i].Design, holder, now, world);
                world.Release(i, spot, Vector3.Zero, Vector3.Zero, Owner(holder));
            }
        double limit = now + SettleAfter;
        while (!world.Settled && now < limit) Advance(Math.Min(limit, now + 1));

        var kept = before.Props.ToBuilder();
        for (int i = 0; i < props.Count; i++) kept[props[i].Id] = (props[i].Design, world.PoseOf(i));
        var doorsAfter = before.Doors.ToBuilder();
        foreach (var d in doors) doorsAfter[d.Index] = d.Final;
        var parked = before.Vehicles.ToBuilder();
        foreach (var v in Vehicles.Vehicles) parked[v.Id] = (v.Design, v.Parked.At, v.Parked.Heading);
        return new SetState(kept.ToImmutable(), doorsAfter.ToImmutable(), parked.ToImmutable());
    }

    static bool Overlaps(Aabb a, Aabb b) =>
        a.Min.X < b.Max.X && a.Max.X > b.Min.X && a.Min.Z < b.Max.Z && a.Max.Z > b.Min.Z;

    void Apply(RigidBodyWorld world, PropCue cue, double now, List<RigidPose>?[] flying)
    {
        int Find(Func<int, bool> ok)
        {
            for (int i = 0; i < props.Count; i++) if (props[i].Design == cue.Design && ok(i)) return i;
            return -1;
        }
        bool HeldBy(int i, string? who) => world.IsHeld(i) && who is not null && string.Equals(props[i].HolderAt(now), who, StringComparison.OrdinalIgnoreCase);

        switch (cue.Verb)
        {
            case PropVerb.PickUp when cue.Who is { } who:
            {
                // Take the nearest one lying within reach: a pick-up from across the room is a miss, not a teleport.
                var body = blocking.Track(who)?.Sample(now).Position ?? Vector3.Zero;
                int best = -1;
                float bestDistance = 1.6f;
                for (int i = 0; i < props.Count; i++)
                {
                    if (props[i].Design != cue.Design || world.IsHeld(i)) continue;
                    float d = Horizontal(world.PoseOf(i).Position - body);
                    if (d < bestDistance) { bestDistance = d; best = i; }
                }
                if (best < 0 || Grip(props[best].Design, who, now) is not { } grip) return;
                world.Hold(best, grip);
                props[best].Hold(now, who);
                flying[best] = null;
                return;
            }
            case PropVerb.Drop or PropVerb.Fall when cue.Who is { } who && Find(i => HeldBy(i, who)) is int held and >= 0:
                Release(world, held, who, now, Vector3.Zero, new Vector3(dice.RangeF(-0.4f, 0.4f), dice.RangeF(-0.4f, 0.4f), dice.RangeF(-0.4f, 0.4f)));
                return;
            case PropVerb.Throw when cue.Who is { } who && Find(i => HeldBy(i, who)) is int held and >= 0:
            {
                var from = world.PoseOf(held).Position;
                var pose = poseOf(who, now);
                var forward = pose is null ? -Vector3.UnitZ : new Vector3(-MathF.Sin(pose.Facing), 0, -MathF.Cos(pose.Facing));
                // Aimed to land well short of the catcher, so the bounces carry it on to their feet rather than off their shins.
                var aim = cue.Target is { } target && blocking.Track(target) is { } catcher ? (catcher.Sample(now).Position - from) * 0.35f : forward * 3;
                var flat = aim with { Y = 0 };
                float distance = Math.Clamp(flat.Length(), 0.5f, 8f);
                var direction = flat.LengthSquared() > 1e-6f ? Vector3.Normalize(flat) : forward;
                float flight = 0.5f + distance / 10f;
                float rise = (0.15f - from.Y + 0.5f * RigidBodyWorld.Gravity * flight * flight) / flight;
                Release(world, held, who, now, direction * (distance / flight) + new Vector3(0, rise, 0), new Vector3(dice.RangeF(-4, 4), dice.RangeF(-4, 4), dice.RangeF(-4, 4)));
                return;
            }
            case PropVerb.PutDown when cue.Who is { } who && Find(i => HeldBy(i, who)) is int held and >= 0:
                world.Release(held, PutDownSpot(props[held].Design, who, now, world), Vector3.Zero, Vector3.Zero, Owner(who));
                return;
            case PropVerb.KnockOver or PropVerb.Fall:
            {
                int target = Find(i => !world.IsHeld(i));
                if (target < 0) return;
                var at = world.PoseOf(target).Position;
                var push = new Vector3(dice.RangeF(-1, 1), 0, dice.RangeF(-1, 1));
                if (cue.Who is { } who && blocking.Track(who) is { } track) push = at - track.Sample(now).Position;
                push = push with { Y = 0 };
                push = push.LengthSquared() > 1e-6f ? Vector3.Normalize(push) : Vector3.UnitX;
                var design = props[target].Design;
                float speed = cue.Verb == PropVerb.Fall ? 1.5f : design.Shape == ColliderShape.Sphere ? 5f : 3f;
                var point = design.Shape == ColliderShape.Sphere ? at : at + new Vector3(0, design.RestHeight * 0.9f, 0);
                world.Push(target, push * design.Mass * speed, point);
                return;
            }
        }
    }

    void Release(RigidBodyWorld world, int i, string who, double now, Vector3 velocity, Vector3 spin)
    {
        var pose = Grip(props[i].Design, who, now) ?? world.PoseOf(i);
        // A dropped thing is let go over clear floor, off everyone's feet and paths.
        if (velocity.LengthSquared() < 1e-6f && SpotNear(props[i].Design, who, now) is { } spot) pose = pose with { Position = spot with { Y = pose.Position.Y } };
        world.Release(i, pose, velocity, spin, Owner(who));
    }

    readonly List<Capsule> capsules = [];

    /// <summary>Everyone on the set at film time t as capsules (the rigid-body world's kinematic colliders), owner = their track's index.</summary>
    List<Capsule> People(double t)
    {
        capsules.Clear();
        for (int k = 0; k < blocking.Tracks.Length; k++)
        {
            var track = blocking.Tracks[k];
            if (track.VehicleAt(t) is not null || poseOf(track.Name, t) is not { } pose) continue;
            Capsule.Body(pose, track.Track / 0.055f, k, capsules);
        }
        return capsules;
    }

    int Owner(string who)
    {
        for (int k = 0; k < blocking.Tracks.Length; k++)
            if (string.Equals(blocking.Tracks[k].Name, who, StringComparison.OrdinalIgnoreCase)) return k;
        return -1;
    }

    /// <summary>The nearest clear floor spot round a person at t, in front first; null when there is none within 2 m.</summary>
    Vector3? SpotNear(PropDesign design, string who, double now)
    {
        if (blocking.Track(who) is not { } track) return null;
        var m = track.Sample(now);
        float r = design.Footprint;
        for (float ring = 0.5f + r; ring < 2.2f; ring += 0.15f)
            for (int i = 0; i < 16; i++)
            {
                float yaw = m.Facing + (i % 2 == 0 ? 1 : -1) * (i + 1) / 2 * MathF.Tau / 16;
                var p = m.Position with { Y = 0 } + new Vector3(-MathF.Sin(yaw), 0, -MathF.Cos(yaw)) * ring;
                if (Clear(p, r, track, now)) return p;
            }
        return null;
    }

    /// <summary>Where a put-down prop goes: just above the table or floor in front of the holder.</summary>
    RigidPose PutDownSpot(PropDesign design, string holder, double now, RigidBodyWorld world)
    {
        var track = blocking.Track(holder);
        var m = track?.Sample(now);
        var body = m?.Position ?? set.Stage.Centre;
        float facing = m?.Facing ?? 0;
        var forward = new Vector3(-MathF.Sin(facing), 0, -MathF.Cos(facing));
        var spot = body + forward * (0.35f + design.Footprint);
        if (SpotNear(design, holder, now) is { } clear) spot = clear;
        float top = FloorAt(spot);
        foreach (var o in set.Obstacles)
            if (spot.X >= o.Min.X && spot.X <= o.Max.X && spot.Z >= o.Min.Z && spot.Z <= o.Max.Z && o.Max.Y is > 0.3f and < 1.3f) top = MathF.Max(top, o.Max.Y);
        return RigidPose.Upright(spot with { Y = top + design.RestHeight + 0.02f }, facing);
    }

    /// <summary>The props, doors and vehicles at film time t, as instances to draw.</summary>
    public void Draw(double t, List<Instance> into)
    {
        foreach (var p in props) into.Add(p.Design.Draw(PoseAt(p, t)));
        foreach (var d in doors) into.Add(d.Door.Draw(d.AngleAt(t)));
        foreach (var v in Vehicles.Vehicles) v.Draw(t, into);
    }

    /// <summary>A prop's pose at film time t, in its holder's hands when held.</summary>
    public RigidPose PoseAt(PropTrack prop, double t) => prop.Sample(t, (who, time) => Grip(prop.Design, who, time));
}
