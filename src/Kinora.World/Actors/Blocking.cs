using System.Collections.Immutable;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// Stages one scene: puts the present cast on marks facing each other, then plays the beats in order — turns
/// toward whoever is spoken to, walks and runs along planned paths that arrive by the beat's end, entrances
/// and exits through the far marks, sitting on the set's seats. Moves are played one at a time and every path
/// goes around obstacles and the people standing still, so nobody walks through a wall or another person.
/// </summary>
public sealed class Blocking
{
    /// <summary>How close, in metres, a walker's path may pass a person standing still (centre to centre).</summary>
    const float PersonalSpace = 0.8f;
    const double TurnTime = 0.45, SitTime = 0.9, LieTime = 2.4;

    /// <summary>Within this distance (metres) of a named place's mark someone is already there.</summary>
    const float PlaceReach = 0.8f;

    readonly Dictionary<string, ActorTrack> tracks = new(StringComparer.OrdinalIgnoreCase);
    readonly PathPlanner planner;
    readonly SetGeometry set;
    readonly double sceneEnd;
    double lastMoveEnd = double.NegativeInfinity;

    public ScenePlan Scene { get; }

    /// <summary>Present cast in the scene's order, with their tracks.</summary>
    public ImmutableArray<ActorTrack> Tracks { get; }

    readonly VehicleStaging? vehicles;
    readonly Dictionary<ActorTrack, (int Seat, double Boarded)> riders = [];

    public Blocking(ScenePlan scene, SetGeometry set, Func<string, Humanoid?> cast, long seed, VehicleStaging? vehicles = null)
    {
        Scene = scene;
        this.vehicles = vehicles;
        this.set = set;
        sceneEnd = scene.End;
        planner = new PathPlanner(set);
        var present = new List<string>();
        foreach (var name in scene.Cast)
            if (cast(name) is not null && !present.Contains(name, StringComparer.OrdinalIgnoreCase)) present.Add(name);

        var dice = Pcg32.For(seed, $"blocking:{scene.Index}");
        var entering = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var beat in scene.Beats)
            if (beat.Kind == BeatKind.Action && beat.Subject is { } who && beat.Verb == "enter" && !HasEarlierBeat(scene, who, beat)) entering.Add(who);

        // Marks come close ones first; entrances take the far ones, from the end of the list.
        // A mark something was left on (a prop from an earlier scene, a parked car) is not free.
        var free = set.Marks.Where(m => planner.ClearanceAt(m) >= MarkClearance).ToList();
        var spots = new Dictionary<string, Vector3>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in present.Where(entering.Contains))
            spots[name] = Take(free, fromEnd: true, spots.Values);
        int rotate = free.Count > 1 ? dice.Next(Math.Min(free.Count, 2)) : 0;
        if (rotate == 1 && free.Count > 1) (free[0], free[1]) = (free[1], free[0]);
        foreach (var name in present.Where(n => !entering.Contains(n)))
            spots[name] = Take(free, fromEnd: false, spots.Values);

        var centroid = present.Count == 0 ? set.Stage.Centre : spots.Values.Aggregate(Vector3.Zero, (a, b) => a + b) / spots.Count;
        var booth = BoothFor(scene, present, vehicles);
        foreach (var name in present)
        {
            float width = cast(name)!.Skeleton.Height * 0.055f;
            // Whoever comes in walks to the booth and slides in when their entrance plays.
            if (booth.TryGetValue(name, out var place) && !double.IsNegativeInfinity(EntranceTime(scene, name))) walkingIn[name] = place;
            else if (booth.TryGetValue(name, out place))
            {
                // Already seated when the scene opens, as the booth's extras are: the feet under the table.
                var track = new ActorTrack(name, place.Approach with { Y = 0 }, place.Facing, width);
                track.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.SitDown, scene.Start - 1.0, scene.Start - 0.1,
                    place.Approach with { Y = 0 }, place.Facing, place.Approach with { Y = 0 }, place.Facing, Seat: place));
                tracks[name] = track;
                continue;
            }
            var at = spots[name];
            var look = FirstPartner(scene, name) is { } partner && spots.TryGetValue(partner, out var p) ? p : centroid;
            float facing = Vector3.DistanceSquared(look, at) < 0.01f ? MathF.PI : Walkway.Yaw(look - at);
            tracks[name] = new ActorTrack(name, at, facing, width);
        }
        Tracks = [.. present.Select(n => tracks[n])];

        if (vehicles is not null) SeatFromTheStart(scene);
        foreach (var beat in scene.Beats.OrderBy(b => b.Start).ThenBy(b => b.Index)) Play(beat);
    }

    /// <summary>The booth seats of those who come in to a sit-down talk, taken when their entrance plays.</summary>
    readonly Dictionary<string, Seat> walkingIn = new(StringComparer.OrdinalIgnoreCase);

    public ActorTrack? Track(string name) => tracks.GetValueOrDefault(name);

    static bool HasEarlierBeat(ScenePlan scene, string who, Beat beat) =>
        scene.Beats.Any(b => b.Start < beat.Start && b.Subject is { } s && s.Equals(who, StringComparison.OrdinalIgnoreCase) && b.Kind != BeatKind.Establish);

    static string? FirstPartner(ScenePlan scene, string name)
    {
        foreach (var b in scene.Beats)
        {
            if (b.Subject is null || b.Target is null) continue;
            if (b.Subject.Equals(name, StringComparison.OrdinalIgnoreCase)) return b.Target;
            if (b.Target.Equals(name, StringComparison.OrdinalIgnoreCase)) return b.Subject;
        }
        return null;
    }

    /// <summary>Verbs that take someone out of a seat or keep them on their feet: a scene with any (or a line that has someone stand) is no sit-down talk.</summary>
    static readonly HashSet<string> OnTheirFeet = new(StringComparer.Ordinal) { "run", "exit", "lie" };

    /// <summary>Whether a "stand" beat's line has someone get to their feet ("stands", "gets up", "rises").</summary>
    static bool GetsUp(Beat beat) =>
        new[] { "stand", "get up", "gets up", "getting up", "rise", "rises", "rising" }.Any(w => beat.Text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Words of an action line that has people talk without lines of their own ("they argue about music").</summary>
    static readonly string[] Conversation = ["argue", "argues", "arguing", "talk", "talks", "talking", "chat", "chats", "chatting",
        "discuss", "discusses", "debate", "debates", "bicker", "bickers", "quarrel", "quarrels", "gossip", "gossips", "catch up", "catches up"];

    /// <summary>
    /// Whether an action line is a conversation told rather than spoken: in a short film the talk at the booth may be
    /// one line of action, and it is still a sit-down talk.
    /// </summary>
    static bool Converses(Beat beat) =>
        beat.Kind == BeatKind.Action && beat.Verb is "stand" or "talk" or "gesture" && Conversation.Any(w => Vocabulary.HasWord(beat.Text, w));

    /// <summary>How far apart, in metres, two tucked seats may be and still belong to one booth (across its table).</summary>
    const float BoothReach = 1.6f;

    /// <summary>
    /// Where the cast sits for a talk at a booth: a scene of two to four people who speak (or whose action line has them
    /// argue, talk, chat) and never get up, run or
    /// leave, on a set with booths (a diner), sits them at the booth nearest the stage's middle, the first two
    /// across the table from each other on its aisle end, the next two beside them (whoever walks or comes in, once
    /// and before they speak, walks there and slides in). Empty when the scene is no such talk.
    /// </summary>
    Dictionary<string, Seat> BoothFor(ScenePlan scene, List<string> present, VehicleStaging? vehicles)
    {
        var seats = new Dictionary<string, Seat>(StringComparer.OrdinalIgnoreCase);
        if (present.Count < 2 || present.Count > 4 || !scene.Beats.Any(b => b.Kind == BeatKind.Dialogue || Converses(b))) return seats;
        foreach (var beat in scene.Beats)
        {
            if (vehicles?.CuesFor(beat.Index) is { Count: > 0 }) return seats;
            if (beat.Kind == BeatKind.Action && (OnTheirFeet.Contains(beat.Verb) || beat.Verb == "stand" && GetsUp(beat))) return seats;
        }
        // Each may walk (or come) in once, before they first speak, and sits from then on.
        foreach (var name in present)
        {
            var walks = scene.Beats.Where(b => Walks(b) && b.Subject!.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
            double speaks = scene.Beats.Where(b => b.Kind == BeatKind.Dialogue && b.Subject is { } who && who.Equals(name, StringComparison.OrdinalIgnoreCase))
                .Select(b => b.Start).DefaultIfEmpty(double.PositiveInfinity).Min();
            if (walks.Count > 1 || walks.Count == 1 && walks[0].Start > speaks) return seats;
        }
        var tucked = set.Seats.Where(x => x.Tucked).ToList();
        if (tucked.Count < present.Count) return seats;
        var middle = set.Stage.Centre with { Y = 0 };
        // Booths by the seat nearest the middle first; a booth is every tucked seat within reach of it.
        foreach (var first in tucked.OrderBy(x => Vector3.Distance(x.Position, middle)).ThenBy(x => x.Position.X).ThenBy(x => x.Position.Z))
        {
            var booth = tucked.Where(x => Vector3.Distance(x.Position, first.Position) <= BoothReach).ToList();
            var near = booth.Where(x => MathF.Abs(ActorTrack.WrapPi(x.Facing - first.Facing)) < 0.3f)
                .OrderBy(x => Vector3.Distance(x.Position, middle)).ToList();
            var across = booth.Where(x => MathF.Abs(ActorTrack.WrapPi(x.Facing - first.Facing - MathF.PI)) < 0.3f)
                .OrderBy(x => Vector3.Distance(x.Position, middle)).ToList();
            if (near.Count + across.Count < present.Count || across.Count == 0) continue;
            var order = new List<Seat>();
            for (int i = 0; i < Math.Max(near.Count, across.Count); i++)
            {
                if (i < near.Count) order.Add(near[i]);
                if (i < across.Count) order.Add(across[i]);
            }
            for (int i = 0; i < present.Count; i++) seats[present[i]] = order[i];
            // On each bench the one who is there first (seated from the start, or in first) takes the seat deepest in,
            // so nobody slides in past someone already sitting.
            foreach (var bench in new[] { near, across })
            {
                var people = present.Where(n => bench.Contains(seats[n])).OrderBy(n => EntranceTime(scene, n)).ThenBy(present.IndexOf).ToList();
                if (people.All(n => double.IsNegativeInfinity(EntranceTime(scene, n)))) continue;
                var deepest = bench.Where(x => people.Any(n => seats[n] == x)).OrderByDescending(x => Vector3.Distance(x.Position, middle)).ToList();
                for (int i = 0; i < people.Count; i++) seats[people[i]] = deepest[i];
            }
            return seats;
        }
        return seats;
    }

    /// <summary>A walk or an entrance: how someone comes to a booth.</summary>
    static bool Walks(Beat b) => b.Kind == BeatKind.Action && b.Verb is "walk" or "enter" && b.Subject is not null;

    /// <summary>When someone's walk to the booth starts, or minus infinity for someone seated from the start.</summary>
    static double EntranceTime(ScenePlan scene, string name) =>
        scene.Beats.Where(b => Walks(b) && b.Subject!.Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(b => b.Start).DefaultIfEmpty(double.NegativeInfinity).Min();

    /// <summary>
    /// Walks to the open end of a booth's bench and slides along it into the seat, sitting as they go; false when
    /// there is no way there (then the entrance plays as a plain walk).
    /// </summary>
    bool IntoBooth(ActorTrack who, Seat seat, Beat beat)
    {
        if (who.SeatedOn is not null || who.Riding is not null || who.Lying) return false;
        var end = BenchEnd(seat);
        var others = Others(who);
        double start = Math.Max(Math.Max(beat.Start, who.BusyUntil), lastMoveEnd);
        var way = planner.Find(who.Position, end, others);
        if (way is null) return false;
        double walk = Math.Max(way.Length / 1.2, 0.8);
        double slide = SitTime + 0.6 * Vector3.Distance(end, seat.Approach with { Y = 0 });
        if (start + TurnTime + walk + TurnTime + slide > sceneEnd) return false;
        if (way.Length >= 0.3f)
        {
            var cycle = new WalkCycle(way, 0.6f * who.Track / 0.055f / 1.75f, 0.6f, who.Track, 0.07f);
            Turn(who, way.HeadingAt(0), start);
            double t0 = Math.Max(start + TurnTime, who.BusyUntil);
            who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Move, t0, t0 + walk, who.Position, who.Facing, way.Points[^1], way.HeadingAt(way.Length), way, cycle));
        }
        Turn(who, seat.Facing, who.BusyUntil);
        double s0 = Math.Max(who.BusyUntil, start);
        who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.SitDown, s0, s0 + slide, who.Position, who.Facing, seat.Approach with { Y = 0 }, seat.Facing, Seat: seat));
        lastMoveEnd = who.BusyUntil;
        return true;
    }

    /// <summary>
    /// Where someone stands to slide into a booth seat: before the bench, past its open end (the end toward the
    /// stage), clear of the table.
    /// </summary>
    Vector3 BenchEnd(Seat seat)
    {
        var along = new Vector3(seat.Forward.Z, 0, -seat.Forward.X);
        var middle = set.Stage.Centre with { Y = 0 };
        if (Vector3.Dot(middle - seat.Position, along) < 0) along = -along;
        // The bench runs as far as the booth's last seat on this side toward the aisle, and half a body more.
        float reach = set.Seats.Where(x => x.Tucked && Vector3.Distance(x.Position, seat.Position) <= BoothReach
                && MathF.Abs(ActorTrack.WrapPi(x.Facing - seat.Facing)) < 0.3f)
            .Max(x => Vector3.Dot(x.Position - seat.Position, along));
        return (seat.Position + seat.Forward * 0.2f + along * (reach + 0.75f)) with { Y = 0 };
    }

    /// <summary>Room a mark needs round a body's centre, in metres: the body's radius.</summary>
    const float MarkClearance = 0.25f;

    Vector3 Take(List<Vector3> free, bool fromEnd, IEnumerable<Vector3> taken)
    {
        if (free.Count > 0)
        {
            var m = fromEnd ? free[^1] : free[0];
            free.Remove(m);
            return m;
        }
        // More people than marks: find clear ground beside the others.
        var others = taken.Select(p => (p, 1.3f)).ToList();
        var c = set.Stage.Centre with { Y = 0 };
        for (float r = 1.5f; r < 10; r += 0.5f)
            for (int i = 0; i < 16; i++)
            {
                var p = c + new Vector3(MathF.Cos(i * MathF.Tau / 16) * r, 0, MathF.Sin(i * MathF.Tau / 16) * r);
                if (set.Stage.Contains(p) && planner.CanStand(p, others)) return p;
            }
        throw new InvalidOperationException($"set {set.Id}: no room for everyone in scene {Scene.Index}");
    }

    void Play(Beat beat)
    {
        if (vehicles?.CuesFor(beat.Index) is { Count: > 0 } rides)
        {
            foreach (var cue in rides) PlayVehicle(cue, beat);
            return;
        }
        if (beat.Subject is null || !tracks.TryGetValue(beat.Subject, out var who)) return;
        ActorTrack? target = beat.Target is { } t ? tracks.GetValueOrDefault(t) : null;
        if (target == who) target = null;

        if (beat.Kind == BeatKind.Dialogue)
        {
            who.AddCue(new ActorTrack.Cue(beat.Start, beat.End, "speak", target?.Name));
            who.AddCue(new ActorTrack.Cue(beat.Start, beat.End, "talk", target?.Name));
            if (target is not null)
            {
                target.AddCue(new ActorTrack.Cue(beat.Start, beat.End, "listen", who.Name));
                FaceEachOther(who, target, beat.Start);
            }
            foreach (var other in Tracks)
                if (other != who && other != target) other.AddCue(new ActorTrack.Cue(beat.Start, beat.End, "look", who.Name));
            return;
        }
        if (beat.Kind != BeatKind.Action) return;

        // A line that names a part of the set ("shows how to clear the blocked fire exit") takes its subject there first,
        // unless they are in a seat, a vehicle or on the ground, or leaving; one that has them look at it or find it
        // ("finds an abandoned rover") turns them toward it where they stand.
        var named = set.Places.Where(p => p.NamedIn(beat.Text)).Select(p => (SetPlace?)p).FirstOrDefault();
        if (named is { } seen && target is null && beat.Verb is "look" or "turn")
        {
            if (Vector3.DistanceSquared(seen.Thing with { Y = 0 }, who.Position with { Y = 0 }) > 0.01f) Turn(who, Walkway.Yaw(seen.Thing - who.Position), beat.Start);
            return;
        }
        if (named is { } destination && !walkingIn.ContainsKey(who.Name) && who.SeatedOn is null && who.Riding is null && !who.Lying
            && beat.Verb is not ("exit" or "sit" or "lie") && Vector3.Distance(who.Position with { Y = 0 }, destination.Mark) > PlaceReach)
        {
            Travel(who, null, beat, destination);
            if (beat.Verb is "walk" or "run" or "enter") return;
        }

        switch (beat.Verb)
        {
            case "walk" or "enter" when walkingIn.Remove(who.Name, out var place):
                if (!IntoBooth(who, place, beat)) Travel(who, target, beat);
                break;
            case "walk" or "run" or "enter" or "exit":
                Travel(who, target, beat);
                break;
            case "sit":
                Sit(who, beat);
                break;
            case "stand":
                // "Stand" is also what an action line with no verb of its own reads as ("they argue about music"):
                // someone at a booth stays in it unless the line has them get up.
                if (who.SeatedOn is { Tucked: true } && !GetsUp(beat)) break;
                StandUp(who, Math.Max(beat.Start, who.BusyUntil));
                // "Waits" keeps a body lying where it is; "gets up", "stands" bring it back to its feet.
                if (!beat.Text.Contains("wait", StringComparison.OrdinalIgnoreCase)) GetUp(who, Math.Max(beat.Start, who.BusyUntil));
                break;
            case "lie":
                LieDown(who, beat);
                break;
            case "turn":
            {
                float to = target is not null ? Walkway.Yaw(target.Position - who.Position) : who.Facing + MathF.PI;
                Turn(who, to, beat.Start);
                break;
            }
            case "look":
                if (target is not null)
                {
                    who.AddCue(new ActorTrack.Cue(beat.Start, beat.End, "look", target.Name));
                    float to = Walkway.Yaw(target.Position - who.Position);
                    if (MathF.Abs(ActorTrack.WrapPi(to - who.Facing)) > 1.2f) Turn(who, to, beat.Start);
                }
                break;
            case "talk":
                who.AddCue(new ActorTrack.Cue(beat.Start, beat.End, "talk", target?.Name));
                if (target is not null) FaceEachOther(who, target, beat.Start);
                break;
            case "listen":
                if (target is not null) who.AddCue(new ActorTrack.Cue(beat.Start, beat.End, "listen", target.Name));
                break;
            case "gesture":
                who.AddCue(new ActorTrack.Cue(beat.Start, beat.End, "gesture", target?.Name));
                break;
            case "pick up":
            {
                // Reach down once any turn is done: a hand swept sideways while bending goes through what lies there.
                double from = Math.Max(beat.Start, who.BusyUntil);
                if (from + 0.8 > Math.Max(beat.End, beat.Start + 0.8)) from = beat.Start;
                who.AddCue(new ActorTrack.Cue(from, Math.Max(from + 0.8, Math.Min(beat.End, from + 2.5)), "reach", null));
            }
                break;
        }
    }

    void FaceEachOther(ActorTrack a, ActorTrack b, double at)
    {
        if (Vector3.DistanceSquared(a.Position, b.Position) < 0.01f) return;
        if (a.SeatedOn is null) Turn(a, Walkway.Yaw(b.Position - a.Position), at);
        if (b.SeatedOn is null) Turn(b, Walkway.Yaw(a.Position - b.Position), at);
    }

    void Turn(ActorTrack who, float to, double at)
    {
        if (who.SeatedOn is not null || who.Riding is not null || who.Lying) return;
        double start = Math.Max(at, who.BusyUntil);
        if (start + TurnTime > sceneEnd) return;
        float delta = ActorTrack.WrapPi(to - who.Facing);
        if (MathF.Abs(delta) < 0.05f) return;
        double time = TurnTime * Math.Clamp(MathF.Abs(delta) / 1.5f, 0.5f, 1.5f);
        who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Turn, start, start + time, who.Position, who.Facing, who.Position, who.Facing + delta));
    }

    /// <summary>
    /// Lies down on the ground where they are: first turned so the body, which lies back away from the facing,
    /// has clear ground behind (no wall, prop or person under it), then down onto the seat and back.
    /// </summary>
    void LieDown(ActorTrack who, Beat beat)
    {
        if (who.Riding is not null || who.Lying) return;
        double start = Math.Max(Math.Max(beat.Start, who.BusyUntil), lastMoveEnd);
        if (who.SeatedOn is not null) { StandUp(who, start); start = who.BusyUntil; }
        float height = who.Track / 0.055f;
        var others = Others(who).Select(o => (o.At, 1.0f)).ToList();
        float best = -1, facing = who.Facing;
        for (int i = 0; i < 12; i++)
        {
            float yaw = who.Facing + (i % 2 == 0 ? 1 : -1) * ((i + 1) / 2) * MathF.Tau / 12;
            var back = new Vector3(MathF.Sin(yaw), 0, MathF.Cos(yaw));
            float room = float.MaxValue;
            for (float d = 0; d <= 1.25f * height; d += 0.2f)
            {
                var p = who.Position + back * d;
                room = MathF.Min(room, planner.ClearanceAt(p));
                foreach (var (at, r) in others) room = MathF.Min(room, Vector3.Distance(at with { Y = 0 }, p with { Y = 0 }) - r);
            }
            if (room > best + 0.05f) { best = room; facing = yaw; }
        }
        Turn(who, facing, start);
        double t0 = Math.Max(start, who.BusyUntil);
        if (t0 + LieTime > sceneEnd) return;
        who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.LieDown, t0, t0 + LieTime, who.Position, who.Facing, who.Position, who.Facing));
    }

    void GetUp(ActorTrack who, double at)
    {
        if (!who.Lying) return;
        if (at + LieTime > sceneEnd) at = Math.Max(who.BusyUntil, sceneEnd - LieTime);
        if (at + LieTime > sceneEnd + 1e-9) return;
        who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.GetUp, at, at + LieTime, who.Position, who.Facing, who.Position, who.Facing));
    }

    void StandUp(ActorTrack who, double at)
    {
        if (who.Riding is not null) return;
        if (who.SeatedOn is not { } seat) return;
        who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.StandUp, at, at + SitTime, who.Position, who.Facing, who.Position, who.Facing, Seat: seat));
    }

    List<(Vector3 At, float Radius)> Others(ActorTrack who) =>
        Tracks.Where(o => o != who).Select(o => (o.Position, PersonalSpace)).ToList();

    /// <summary>
    /// Walks someone along a planned path that arrives by the beat's end: to a named part of the set when there is one,
    /// else up to the target, else to the mark whose distance fits the time (the nearest to the stage's centre for an
    /// entrance, the farthest for an exit).
    /// </summary>
    void Travel(ActorTrack who, ActorTrack? target, Beat beat, SetPlace? place = null)
    {
        if (who.Riding is not null) return;
        double start = Math.Max(Math.Max(beat.Start, who.BusyUntil), lastMoveEnd);
        if (who.SeatedOn is not null) { StandUp(who, start); start = who.BusyUntil; }
        if (who.Lying) { GetUp(who, start); start = who.BusyUntil; }
        double end = Math.Max(beat.End, start + 1.5);
        if (end > sceneEnd) end = sceneEnd;
        double moveTime = end - start - 2 * TurnTime;
        if (moveTime < 0.6) return;

        var others = Others(who);
        var candidates = new List<Vector3>();
        if (place is { } destination) candidates.Add(destination.Mark);
        else if (target is not null && beat.Verb is "walk" or "run" or "enter")
        {
            // Walk up to someone: stop at conversation distance on the near side of them.
            var away = who.Position - target.Position;
            float baseYaw = away.LengthSquared() > 1e-4f ? MathF.Atan2(away.Z, away.X) : 0;
            for (int i = 0; i < 12; i++)
            {
                float a = baseYaw + (i % 2 == 0 ? 1 : -1) * (i / 2) * 0.45f;
                candidates.Add(target.Position + new Vector3(MathF.Cos(a), 0, MathF.Sin(a)) * 1.3f);
            }
        }
        else
        {
            var marks = set.Marks.Where(m => Vector3.Distance(m, who.Position) > 1f).ToList();
            if (beat.Verb == "exit") marks = [.. marks.OrderByDescending(m => Vector3.Distance(m, set.Stage.Centre with { Y = 0 }))];
            else if (beat.Verb == "enter") marks = [.. marks.OrderBy(m => Vector3.Distance(m, set.Stage.Centre with { Y = 0 }))];
            else
            {
                // A walk covers ground at about 1.3 m/s, a run at 3.5 m/s: pick the mark that fits the time.
                float pace = beat.Verb == "run" ? 3.5f : 1.3f;
                marks = [.. marks.OrderBy(m => MathF.Abs(Vector3.Distance(m, who.Position) / (float)moveTime - pace))];
            }
            candidates.AddRange(marks);
        }

        foreach (var goal in candidates)
        {
            if (!set.Stage.Inflate(0.01f).Contains(goal with { Y = 0.5f })) continue;
            if (!planner.CanStand(goal, others.Select(o => (o.At, 1.3f)).ToList())) continue;
            var way = planner.Find(who.Position, goal, others);
            if (way is null || way.Length < 0.3f) continue;
            float speed = way.Length / (float)moveTime;
            if (speed > 6f) continue;
            Gait gait = beat.Verb == "run" || speed > 2.2f ? Gait.Run : Gait.Walk;
            // Slow walkers take their time rather than shuffle: a short path is walked at a natural pace and ends early.
            double actual = gait == Gait.Walk ? Math.Min(moveTime, way.Length / 0.9) : Math.Min(moveTime, way.Length / 2.8);
            var h = who.Track / 0.055f;
            float step = gait == Gait.Run ? Math.Clamp(0.5f + 0.2f * speed, 0.8f, 1.5f) * h / 1.75f : Math.Clamp(0.3f + 0.28f * way.Length / (float)actual, 0.45f, 0.85f) * h / 1.75f;
            var cycle = new WalkCycle(way, step, gait == Gait.Run ? 0.35f : 0.6f, who.Track, gait == Gait.Run ? 0.14f : 0.07f);

            Turn(who, way.HeadingAt(0), start);
            double t0 = Math.Max(start + TurnTime, who.BusyUntil);
            who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Move, t0, t0 + actual, who.Position, who.Facing, way.Points[^1], way.HeadingAt(way.Length), way, cycle, gait));
            lastMoveEnd = who.BusyUntil;
            var face = target is not null ? target.Position : Tracks.Where(o => o != who).Select(o => o.Position).DefaultIfEmpty(set.Stage.Centre with { Y = 0 }).First();
            if (place is { } there && target is null) Turn(who, there.Facing, who.BusyUntil);
            else if (beat.Verb != "exit" && Vector3.DistanceSquared(face, who.Position) > 0.01f) Turn(who, Walkway.Yaw(face - who.Position), who.BusyUntil);
            if (target is not null && target.SeatedOn is null && beat.Verb != "exit") Turn(target, Walkway.Yaw(who.Position - target.Position), who.BusyUntil - TurnTime);
            return;
        }
    }

    void Sit(ActorTrack who, Beat beat)
    {
        if (who.SeatedOn is not null || who.Riding is not null || who.Lying) return;
        var others = Others(who);
        var taken = Tracks.Where(o => o.SeatedOn is not null).Select(o => o.SeatedOn!.Value.Position).ToList();
        var seats = set.Seats.Where(s => !taken.Any(p => Vector3.Distance(p, s.Position) < 0.3f))
            .Where(s => !s.Tucked && set.Stage.Inflate(0.5f).Contains(s.Approach with { Y = 0.5f }) && planner.ClearanceAt(s.Approach) >= PathPlanner.BodyClearance)
            .Where(s => others.All(o => Vector3.Distance(o.At, s.Approach) > 1.2f))
            .OrderBy(s => Vector3.Distance(s.Approach, who.Position)).ToList();
        if (seats.Count == 0) return;
        var seat = seats[0];
        double start = Math.Max(Math.Max(beat.Start, who.BusyUntil), lastMoveEnd);
        if (Vector3.Distance(seat.Approach, who.Position) > 0.2f)
        {
            var way = planner.Find(who.Position, seat.Approach, others);
            if (way is null) return;
            double walk = Math.Max(way.Length / 1.1, 0.8);
            if (start + walk + 2 * TurnTime + SitTime > sceneEnd) return;
            var cycle = new WalkCycle(way, 0.6f * who.Track / 0.055f / 1.75f, 0.6f, who.Track, 0.07f);
            Turn(who, way.HeadingAt(0), start);
            double t0 = Math.Max(start + TurnTime, who.BusyUntil);
            who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Move, t0, t0 + walk, who.Position, who.Facing, way.Points[^1], way.HeadingAt(way.Length), way, cycle));
            lastMoveEnd = who.BusyUntil;
        }
        Turn(who, seat.Facing, who.BusyUntil);
        double s0 = Math.Max(who.BusyUntil, start);
        if (s0 + SitTime > sceneEnd) return;
        who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.SitDown, s0, s0 + SitTime, who.Position, who.Facing, who.Position, who.Facing, Seat: seat));
    }

    /// <summary>Getting into a vehicle, driving or sailing it, getting out: the vehicle's drive and its riders' seats.</summary>
    void PlayVehicle(PropCue cue, Beat beat)
    {
        var v = vehicles!.For(cue.Noun == "boat" ? VehicleKind.Boat : VehicleKind.Car);
        if (v is null) return;
        ActorTrack? who = cue.Who is { } name ? tracks.GetValueOrDefault(name) : null;
        switch (cue.Verb)
        {
            case PropVerb.GetIn:
            {
                var boarding = cue.Plural ? [.. Tracks] : new[] { who, cue.Target is { } t ? tracks.GetValueOrDefault(t) : null }.OfType<ActorTrack>().ToList();
                foreach (var r in boarding) Board(r, v, beat.Start);
                break;
            }
            case PropVerb.Drive:
            {
                // Whoever drives takes everyone in the scene along; a vehicle named with no one ("boats leave") goes alone.
                double start = Math.Max(beat.Start, v.BusyUntil);
                if (who is not null)
                    foreach (var r in Tracks)
                    {
                        Board(r, v, beat.Start);
                        if (riders.TryGetValue(r, out var ride) && r.Riding == v) start = Math.Max(start, ride.Boarded);
                    }
                // The vehicle does not leave without whoever drives it.
                if (who is not null && who.Riding != v) break;
                Drive(v, start, Math.Max(beat.End, start + 3));
                break;
            }
            case PropVerb.GetOut:
            {
                double at = Math.Max(beat.Start, v.BusyUntil);
                // Where a car has just brought everyone ("they pull up outside and get out"), everyone gets out.
                var leaving = cue.Plural || who is null || who.Riding != v || vehicles.Arrives(v) ? Tracks.Where(r => r.Riding == v).ToList() : [who];
                foreach (var r in leaving) { Alight(r, v, at); at += 0.4; }
                break;
            }
        }
    }

    /// <summary>
    /// A scene that drives a vehicle no one has got into on screen ("they drive along the coast road"), or that a car
    /// arrives in ("they pull up outside and get out"), starts with everyone in it already in their seats.
    /// </summary>
    void SeatFromTheStart(ScenePlan scene)
    {
        var boarded = new HashSet<VehicleKind>();
        foreach (var beat in scene.Beats.OrderBy(b => b.Start).ThenBy(b => b.Index))
            foreach (var cue in vehicles!.CuesFor(beat.Index))
            {
                var kind = cue.Noun == "boat" ? VehicleKind.Boat : VehicleKind.Car;
                if (cue.Verb == PropVerb.GetIn) boarded.Add(kind);
                // A car that arrives ("they pull up outside and get out") comes with everyone aboard too.
                bool arrives = cue.Verb == PropVerb.GetOut && vehicles.For(kind) is { } coming && vehicles.Arrives(coming);
                if (!(cue.Verb == PropVerb.Drive && cue.Who is not null || arrives) || !boarded.Add(kind) || vehicles.For(kind) is not { } v) continue;
                var (pos, heading) = v.Parked;
                foreach (var r in Tracks)
                {
                    int seatIndex = vehicles.TakeSeat(v);
                    if (seatIndex < 0) break;
                    var seat = v.Design.SeatAt(seatIndex, pos, heading);
                    r.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Ride, scene.Start, sceneEnd, seat.Position, heading, seat.Position, heading, Vehicle: v, SeatIndex: seatIndex));
                    riders[r] = (seatIndex, scene.Start);
                }
            }
    }

    void Board(ActorTrack who, VehicleTrack v, double at)
    {
        if (who.Riding is not null) return;
        if (who.SeatedOn is not null) StandUp(who, Math.Max(at, who.BusyUntil));
        if (who.Lying) GetUp(who, Math.Max(at, who.BusyUntil));
        var (pos, heading) = v.Parked;
        int seatIndex = vehicles!.TakeSeat(v);
        if (seatIndex < 0) return;
        var seat = v.Design.SeatAt(seatIndex, pos, heading);
        var others = Others(who);
        if (DoorSpot(v, seat, pos, heading, others) is not { } door) return;
        double start = Math.Max(Math.Max(at, who.BusyUntil), Math.Max(lastMoveEnd, v.BusyUntil));
        if (Vector3.Distance(door, who.Position) > 0.2f)
        {
            var way = planner.Find(who.Position, door, others);
            if (way is null) return;
            double walk = Math.Max(way.Length / 1.2, 0.8);
            if (start + walk + TurnTime + 2.5 > sceneEnd) return;
            var cycle = new WalkCycle(way, 0.6f * who.Track / 0.055f / 1.75f, 0.6f, who.Track, 0.07f);
            Turn(who, way.HeadingAt(0), start);
            double t0 = Math.Max(start + TurnTime, who.BusyUntil);
            who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Move, t0, t0 + walk, who.Position, who.Facing, way.Points[^1], way.HeadingAt(way.Length), way, cycle));
            lastMoveEnd = who.BusyUntil;
        }
        double inAt = Math.Max(who.BusyUntil, start);
        double climb = 1.2 + 0.4 * Math.Max(0, Vector3.Distance(door with { Y = 0 }, seat.Position with { Y = 0 }) - 1);
        if (inAt + climb + 0.5 > sceneEnd) return;
        who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.GetIn, inAt, inAt + climb, who.Position, who.Facing, seat.Position, heading, Vehicle: v, SeatIndex: seatIndex));
        who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.Ride, inAt + climb, sceneEnd, seat.Position, heading, seat.Position, heading, Vehicle: v, SeatIndex: seatIndex));
        riders[who] = (seatIndex, inAt + climb);
        lastMoveEnd = Math.Max(lastMoveEnd, inAt + climb);
    }

    void Alight(ActorTrack who, VehicleTrack v, double at)
    {
        if (who.Riding != v || !riders.TryGetValue(who, out var ride)) return;
        double t0 = Math.Max(at, ride.Boarded);
        if (t0 + 1.5 > sceneEnd) return;
        var (pos, heading) = v.Sample(t0);
        var seat = v.Design.SeatAt(ride.Seat, pos, heading);
        var door = DoorSpot(v, seat, pos, heading, Others(who)) ?? Beside(v, seat, pos, heading, 0);
        double climb = 1.2 + 0.4 * Math.Max(0, Vector3.Distance(door with { Y = 0 }, seat.Position with { Y = 0 }) - 1);
        if (t0 + climb > sceneEnd) return;
        who.EndRide(t0);
        who.Add(new ActorTrack.Segment(ActorTrack.SegmentKind.GetOut, t0, t0 + climb, seat.Position, heading, door, heading, Vehicle: v, SeatIndex: ride.Seat));
    }

    /// <summary>Where a person stands to get into a seat: beside the vehicle on the seat's side (or the other), clear of everything.</summary>
    Vector3? DoorSpot(VehicleTrack v, Seat seat, Vector3 pos, float heading, List<(Vector3 At, float Radius)> others)
    {
        var blockers = others.Select(o => (o.At, 0.6f)).ToList();
        var area = set.Stage.Inflate(1.4f);
        for (int k = 0; k < 40; k++)
            foreach (int side in new[] { 1, -1 })
            {
                var p = Beside(v, seat, pos, heading, k * 0.2f, side);
                bool onStage = area.Contains(p with { Y = 0.5f });
                if (!onStage && k == 0 && v.Design.Kind == VehicleKind.Car) return p;   // off the set: the road is clear
                if (onStage && planner.CanStand(p, blockers)) return p;
            }
        return null;
    }

    static Vector3 Beside(VehicleTrack v, Seat seat, Vector3 pos, float heading, float further, int flip = 1)
    {
        var right = new Vector3(MathF.Cos(heading), 0, -MathF.Sin(heading));
        float local = Vector3.Dot(seat.Position - pos, right);
        float side = (local < 0 ? -1 : 1) * flip;
        var p = seat.Position + right * side * (v.Design.HalfSize.Z - MathF.Abs(local) + 0.6f + further);
        return p with { Y = 0 };
    }

    void Drive(VehicleTrack v, double start, double end)
    {
        if (vehicles!.RouteFrom(v) is not { } route) return;
        end = Math.Min(end, sceneEnd);
        double time = end - start;
        if (time < 2) return;
        float cruise = v.Design.CruiseSpeed;
        // With a fifth of the time easing up and a fifth easing down, the mean speed is 0.8 of cruise.
        float want = 0.8f * cruise * (float)time;
        if (route.Length > want) route = Prefix(route, want);
        else time = Math.Max(2, route.Length / (0.8 * cruise));
        v.Add(new VehicleTrack.Drive(start, start + time, route));
    }

    static Walkway Prefix(Walkway way, float length)
    {
        var points = new List<Vector3> { way.Points[0] };
        float along = 0;
        for (int i = 1; i < way.Points.Length; i++)
        {
            float seg = Vector3.Distance(way.Points[i - 1], way.Points[i]);
            if (along + seg >= length) break;
            along += seg;
            points.Add(way.Points[i]);
        }
        points.Add(way.At(length));
        return new Walkway(points);
    }
}
