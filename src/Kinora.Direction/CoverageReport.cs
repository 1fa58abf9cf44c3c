using System.Collections.Immutable;
using System.Numerics;
using Kinora.Production;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// The craft half of `kinora check`: every shot measured at the film's frame rate against the rules a script
/// supervisor and a camera operator would hold it to, plus shot-length statistics.
/// </summary>
public sealed record CoverageReport(ImmutableArray<ShotCheck> Shots, ShotLengthStats Lengths)
{
    /// <summary>
    /// Share of a shot's frames a subject's eyes may spend out of frame or hidden (behind a wall, a prop or
    /// someone else) before it is reported: a shot must show its subject at least 90 % of the time.
    /// </summary>
    public const double EyesOutAllowed = 0.10;

    // Finite differences at the frame rate see float rounding; allow a little over each limit.
    const double Slack = 1.02;

    /// <summary>A lens nearer than this (metres, the renderer's near plane) to a volume of the set is inside it: the picture shows the inside of a crown or a trunk.</summary>
    const float LensInside = 0.05f;

    public int LineViolations => Shots.Count(s => s.CrossesLine);

    public int JumpCuts => Shots.Count(s => s.JumpCut);

    public int RigViolations => Shots.Count(s => !s.WithinRig);

    public bool Clean => Shots.All(s => s.Clean);

    /// <summary>Builds every shot's track and measures it.</summary>
    public static CoverageReport Compute(ShotList list, IWorldView world)
    {
        ArgumentNullException.ThrowIfNull(list);
        return Compute(list, list.Shots.Select(s => CameraTrack.For(s, world)).ToArray(), world);
    }

    /// <summary>Measures shots whose tracks are already built (tracks[i] films list.Shots[i]).</summary>
    public static CoverageReport Compute(ShotList list, IReadOnlyList<CameraTrack> tracks, IWorldView world)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(world);
        if (tracks.Count != list.Shots.Length) throw new ArgumentException("one track per shot", nameof(tracks));

        var production = world.Production;
        var lines = LineSides(list, tracks, world);
        var checks = ImmutableArray.CreateBuilder<ShotCheck>(list.Shots.Length);
        for (int i = 0; i < list.Shots.Length; i++)
        {
            var shot = list.Shots[i];
            bool jump = i > 0 && JumpCut(list.Shots[i - 1], tracks[i - 1], shot, tracks[i], world);
            checks.Add(Measure(shot, tracks[i], world, production.Bible.Format.Fps, lines.Contains(i), jump));
        }
        return new CoverageReport(checks.MoveToImmutable(), ShotLengthStats.Of(list.Shots));
    }

    internal static ShotCheck Measure(Shot shot, CameraTrack track, IWorldView world, int fps, bool crossesLine, bool jump)
    {
        var set = world.SetFor(shot.Scene);
        float ground = Framing.Ground(set);
        int first = (int)Math.Ceiling(shot.Start * fps - 1e-9), end = (int)Math.Ceiling(shot.End * fps - 1e-9);
        var positions = new List<Vector3>();
        var forwards = new List<Vector3>();
        int framesOut = 0, framesOccluded = 0, blocked = 0, frames = 0;
        string? blocker = null;
        var cast = world.Production.Scenes.FirstOrDefault(s => s.Index == shot.Scene)?.Cast ?? [];
        var people = new List<ActorState>(cast.Length);
        var watched = shot.Subjects.IsDefaultOrEmpty ? [] : shot.Type switch
        {
            ShotType.Single or ShotType.OverTheShoulder => shot.Subjects.Take(1).ToArray(),
            ShotType.TwoShot => shot.Subjects.Take(2).ToArray(),
            _ => shot.Subjects.ToArray(),
        };

        for (int n = first; n < end; n++)
        {
            double t = n / (double)fps;
            var camera = track.Sample(t);
            positions.Add(camera.Position);
            forwards.Add(camera.Forward);
            frames++;
            bool outOfFrame = false, occluded = false;
            people.Clear();
            foreach (var name in cast) if (world.Actor(name, t) is { } someone) people.Add(someone);
            people.AddRange(world.Background(t));
            var vehicles = PictureVehicles.At(world, set, t);
            foreach (var name in watched)
            {
                if (world.Subject(name, t) is not { } actor) continue;
                if (!camera.TryProject(actor.Eyes, track.Aspect, out var ndc) || Math.Abs(ndc.X) > 1 || Math.Abs(ndc.Y) > 1) outOfFrame = true;
                else if (Sightline.Blocker(camera.Position, actor.Eyes, set, people, name, vehicles) is { } what)
                {
                    occluded = true;
                    blocker ??= what;
                }
            }
            if (outOfFrame) framesOut++;
            else if (occluded) framesOccluded++;
            var p = camera.Position;
            if (p.Y < ground + 0.3f - 1e-4f || (set.Interior && set.CeilingHeight > 0 && p.Y > ground + set.CeilingHeight)
                || set.Obstacles.Any(o => o.Contains(p)) || set.Volumes.Contains(p, LensInside) || vehicles.Volumes.Contains(p, LensInside)) blocked++;
        }

        double speed = 0, acceleration = 0, jerk = 0, turn = 0, step = 0;
        for (int k = 0; k + 1 < positions.Count; k++)
        {
            var v0 = (positions[k + 1] - positions[k]) * fps;
            step = Math.Max(step, Vector3.Distance(positions[k + 1], positions[k]));
            speed = Math.Max(speed, v0.Length());
            turn = Math.Max(turn, Math.Acos(Math.Clamp(Vector3.Dot(forwards[k], forwards[k + 1]), -1f, 1f)) * fps);
            if (k + 2 < positions.Count)
            {
                var v1 = (positions[k + 2] - positions[k + 1]) * fps;
                var a0 = (v1 - v0) * fps;
                acceleration = Math.Max(acceleration, a0.Length());
                if (k + 3 < positions.Count)
                {
                    var v2 = (positions[k + 3] - positions[k + 2]) * fps;
                    var a1 = (v2 - v1) * fps;
                    jerk = Math.Max(jerk, ((a1 - a0) * fps).Length());
                }
            }
        }

        var rig = track.Rig;
        var problems = ImmutableArray.CreateBuilder<string>();
        double share = frames == 0 ? 0 : framesOut / (double)frames;
        double hidden = frames == 0 ? 0 : framesOccluded / (double)frames;
        if (crossesLine) problems.Add("crosses the 180° line of its exchange");
        if (jump) problems.Add("jump cut: under 30° and under two sizes from the previous shot of the same subject");
        if (share + hidden > EyesOutAllowed + 1e-9)
            problems.Add(hidden == 0 ? $"eyes out of frame in {share:P0} of frames"
                : $"subject visible in only {1 - share - hidden:P0} of frames ({share:P0} out of frame, {hidden:P0} hidden, first by {blocker})");
        if (blocked > 0) problems.Add($"camera inside the set or out of height limits in {blocked} frames");
        // Jerk from third differences carries float rounding of about 1e-6 m × fps³.
        double noise = 8e-6 * fps * fps * fps;
        bool withinRig = true;
        void Limit(bool over, string what)
        {
            if (!over) return;
            withinRig = false;
            problems.Add(what);
        }
        Limit(speed > rig.MaxSpeed * Slack + 1e-3, $"speed {speed:0.00} m/s exceeds the {rig.Name} limit {rig.MaxSpeed:0.00}");
        Limit(acceleration > rig.MaxAcceleration * Slack + 1e-2, $"acceleration {acceleration:0.00} m/s² exceeds the {rig.Name} limit {rig.MaxAcceleration:0.00}");
        Limit(jerk > rig.MaxJerk * Slack + noise, $"jerk {jerk:0.00} m/s³ exceeds the {rig.Name} limit {rig.MaxJerk:0.00}");
        Limit(turn > rig.MaxAngularSpeed * Slack, $"turn rate {turn:0.00} rad/s exceeds the {rig.Name} limit {rig.MaxAngularSpeed:0.00}");
        if (shot.Duration < Director.ShortestShot - 1e-9) problems.Add($"only {shot.Duration:0.00} s long; shots under {Director.ShortestShot} s flash by");
        return new ShotCheck(shot.Id, shot.Scene, shot.Start, shot.End, rig, crossesLine, jump, share, hidden, speed, acceleration, jerk, turn, step, blocked,
            withinRig, problems.ToImmutable());
    }

    /// <summary>
    /// The 180° rule per exchange: a run of dialogue beats between the same two people. The first shot of an
    /// exchange that stands clear of the line sets the side; later ones on the other side cross it.
    /// </summary>
    internal static HashSet<int> LineSides(ShotList list, IReadOnlyList<CameraTrack> tracks, IWorldView world)
    {
        var crossing = new HashSet<int>();
        var sides = new Dictionary<(int Scene, int Exchange), int>();
        var exchanges = new Dictionary<int, List<(Beat Beat, int Exchange, string A, string B)>>();
        for (int i = 0; i < list.Shots.Length; i++)
        {
            var shot = list.Shots[i];
            var scene = world.Production.Scenes.FirstOrDefault(s => s.Index == shot.Scene);
            if (scene is null) continue;
            if (!exchanges.TryGetValue(scene.Index, out var runs)) exchanges[scene.Index] = runs = Exchanges(scene, world);
            var beat = scene.Beats.Select(b => (Beat: b, Overlap: Math.Min(b.End, shot.End) - Math.Max(b.Start, shot.Start)))
                .Where(x => x.Overlap > 1e-6).OrderByDescending(x => x.Overlap).ThenBy(x => x.Beat.Start).Select(x => x.Beat).FirstOrDefault();
            if (beat is null || beat.Kind != BeatKind.Dialogue) continue;
            var run = runs.FirstOrDefault(r => ReferenceEquals(r.Beat, beat));
            if (run.Beat is null) continue;

            double mid = (shot.Start + shot.End) / 2;
            if (world.Actor(run.A, mid) is not { } a || world.Actor(run.B, mid) is not { } b) continue;
            var camera = tracks[i].Sample(mid).Position;
            double offset = Vector3.Dot(camera - a.Position, Yaw.Left(b.Position - a.Position));
            if (Math.Abs(offset) < 0.05) continue;
            int side = Math.Sign(offset);
            var key = (scene.Index, run.Exchange);
            if (!sides.TryGetValue(key, out int established)) sides[key] = side;
            else if (side != established) crossing.Add(i);
        }
        return crossing;
    }

    static List<(Beat Beat, int Exchange, string A, string B)> Exchanges(ScenePlan scene, IWorldView world)
    {
        var runs = new List<(Beat, int, string, string)>();
        int exchange = -1;
        string? a = null, b = null;
        foreach (var beat in scene.Beats.Where(x => x.Kind == BeatKind.Dialogue).OrderBy(x => x.Start))
        {
            if (beat.Subject is null) continue;
            string? other = beat.Target is { } target && !target.Equals(beat.Subject, StringComparison.OrdinalIgnoreCase) ? target
                : scene.Cast.FirstOrDefault(n => !n.Equals(beat.Subject, StringComparison.OrdinalIgnoreCase) && world.Actor(n, beat.Start) is not null);
            if (other is null) continue;
            bool same = a is not null && ((Same(a, beat.Subject) && Same(b!, other)) || (Same(a, other) && Same(b!, beat.Subject)));
            if (!same) { exchange++; a = beat.Subject; b = other; }
            runs.Add((beat, exchange, a!, b!));
        }
        return runs;
    }

    static bool Same(string x, string y) => x.Equals(y, StringComparison.OrdinalIgnoreCase);

    /// <summary>The 30° rule at one cut, measured on the tracks: bearing round the subject at the cut.</summary>
    internal static bool JumpCut(Shot previous, CameraTrack before, Shot shot, CameraTrack after, IWorldView world)
    {
        if (previous.Scene != shot.Scene || previous.Primary is null || shot.Primary is null || !Same(previous.Primary, shot.Primary)) return false;
        if (Math.Abs((int)previous.Size - (int)shot.Size) >= 2) return false;
        if (world.Actor(shot.Primary, shot.Start) is not { } subject) return false;
        var a = before.Sample(previous.End).Position - subject.Position;
        var b = after.Sample(shot.Start).Position - subject.Position;
        return Math.Abs(Yaw.Wrap(Yaw.Of(a) - Yaw.Of(b))) < Yaw.Radians(30);
    }
}
