using System.Collections.Immutable;
using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// The operator's look through the lens before a take: each planned shot is built and measured as `kinora check`
/// measures it, and one that loses its subject (behind the set, off the edge of frame), leaves its rig's limits,
/// stands the camera inside the set, or jumps against the shot before it is re-planned the way a crew would: a
/// pan from one clear spot instead of chasing through a cramped set, then a looser frame, then a swing round.
/// The reason of a changed shot says what was changed and why.
/// </summary>
public static class ShotReview
{
    /// <summary>The visibility a reviewed shot must reach: the report's 90 %, with a margin for rounding at other frame rates.</summary>
    const double Wanted = 1 - CoverageReport.EyesOutAllowed + 0.02;

    public static ImmutableArray<Shot> Review(IReadOnlyList<Shot> shots, IWorldView world)
    {
        ArgumentNullException.ThrowIfNull(shots);
        ArgumentNullException.ThrowIfNull(world);
        int fps = world.Production.Bible.Format.Fps;
        var reviewed = ImmutableArray.CreateBuilder<Shot>(shots.Count);
        CameraTrack? previousTrack = null;
        var tracks = new List<CameraTrack>(shots.Count);
        foreach (var planned in shots)
        {
            var previous = reviewed.Count > 0 ? reviewed[^1] : null;
            (Shot Shot, CameraTrack Track, double Score, bool Jump) Take(Shot shot)
            {
                var track = CameraTrack.For(shot, world);
                bool jump = previous is not null && previousTrack is not null && CoverageReport.JumpCut(previous, previousTrack, shot, track, world);
                return (shot, track, Score(CoverageReport.Measure(shot, track, world, fps, crossesLine: false, jump)), jump);
            }

            var best = Take(planned);
            if (planned.Primary is not null && best.Score < Good)
            {
                // A jump is mended by moving round the subject or changing the size; the pans below mend a lost subject.
                var variants = best.Jump ? ThirtyDegrees(previous!, planned).Concat(Variants(planned, world)) : Variants(planned, world);
                foreach (var variant in variants)
                {
                    var take = Take(variant);
                    if (take.Score > best.Score) best = take;
                    if (best.Score >= Good) break;
                }
            }
            // A locked-off wide whose every clear spot cuts a car or a rover at a side of the frame: a looser frame takes it in.
            if (best.Shot.Move == CameraMove.Static && best.Shot.Size is ShotSize.Wide or ShotSize.Full && best.Shot.Primary is not null
                && CutVehicleFrames(best.Shot, best.Track, world) is var cut && cut > 0)
            {
                var looser = Looser(best.Shot.Size);
                var take = Take(Change(best.Shot, CameraMove.Static, looser, best.Shot.Angle, $"a looser frame ({ShotWords.Of(looser)}) takes in whole the vehicle the edge cut"));
                if (take.Score >= best.Score && CutVehicleFrames(take.Shot, take.Track, world) < cut) best = take;
            }
            reviewed.Add(best.Shot);
            tracks.Add(best.Track);
            previousTrack = best.Track;
        }

        // A change must not put the camera across an exchange's line: where it would, the planned shot stands.
        var list = new ShotList(reviewed.ToImmutable());
        foreach (int i in CoverageReport.LineSides(list, tracks, world))
            if (!ReferenceEquals(reviewed[i], shots[i])) reviewed[i] = shots[i];
        return reviewed.MoveToImmutable();
    }

    const double Good = 1;

    /// <summary>How many instants, twice a second, a vehicle large in the picture is cut by a side of the shot's frame.</summary>
    static int CutVehicleFrames(Shot shot, CameraTrack track, IWorldView world)
    {
        var set = world.SetFor(shot.Scene);
        int cut = 0;
        for (double t = shot.Start; t < shot.End; t += 0.5)
        {
            var camera = track.Sample(t);
            var people = shot.Subjects.Select(n => world.Actor(n, t)).Where(s => s is not null).Select(s => s!.Value.Position).ToArray();
            if (people.Length == 0) continue;
            float depth = people.Min(p => Vector2.Distance(new(p.X, p.Z), new(camera.Position.X, camera.Position.Z)));
            if (EdgeClutter.CutVehicles(camera, track.Aspect, set, world, t, people, depth) > 0) cut++;
        }
        return cut;
    }

    /// <summary>1 for a shot with nothing wrong; less the further it falls short, and far less for a broken rule.</summary>
    static double Score(ShotCheck check)
    {
        double score = Math.Min(1, check.Visibility / Wanted);
        if (!check.WithinRig) score -= 1;
        if (check.BlockedFrames > 0) score -= 1;
        if (check.JumpCut) score -= 0.5;
        return score;
    }

    /// <summary>What a crew tries when the planned shot does not work, in order.</summary>
    static IEnumerable<Shot> Variants(Shot shot, IWorldView world)
    {
        string subject = shot.Primary!;
        if (shot.Subjects.Length == 2 && world.Airborne(shot.Scene).FirstOrDefault(a => Same(a.Thing, shot.Subjects[1]) && Same(a.Holder, subject)) is { Thing: not null } flying)
        {
            foreach (var kite in Overhead(shot, flying.Thing)) yield return kite;
            yield break;
        }
        foreach (var variant in Lone(shot, subject)) yield return variant;
    }

    /// <summary>
    /// The 30° rule kept on the tracks themselves: a track that stood off a wall, or off a post at the frame's side, can
    /// land within 30° of the last shot of the same subject. The crew swings further round them (on the planned side
    /// first, never past profile), then changes the size by two steps from the last shot's, nearest the planned size.
    /// </summary>
    static IEnumerable<Shot> ThirtyDegrees(Shot previous, Shot shot)
    {
        double magnitude = Math.Abs(shot.Angle);
        int sign = Math.Sign(shot.Angle == 0 ? 1 : shot.Angle);
        // Shots of one person turn up to profile; a frame of several may go further round them.
        double furthest = shot.Type is ShotType.Single or ShotType.OverTheShoulder ? 85 : 135;
        foreach (double angle in new[] { sign * (magnitude + 40), sign * (magnitude - 40), sign * (magnitude + 60), -sign * magnitude, -sign * (magnitude + 40) })
        {
            double swung = Math.Abs(angle);
            if (swung < 5 || swung > furthest || Math.Abs(angle - shot.Angle) < 30) continue;
            yield return shot with { Angle = Math.Round(angle, 1), Reason = shot.Reason + $"; reviewed: swung {Math.Abs(angle - shot.Angle):0}° so the cut is not a jump" };
        }
        foreach (var size in Enum.GetValues<ShotSize>().Where(s => Math.Abs((int)s - (int)previous.Size) >= 2).OrderBy(s => Math.Abs((int)s - (int)shot.Size)).ThenBy(s => s))
            yield return Change(shot, shot.Move, size, shot.Angle, $"{ShotWords.Of(size)} so the cut is not a jump");
    }

    static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A person and the thing flying over them on its line: the steadicam goes with them, or the frame is taken from
    /// their other side (a cut from the same side as the last shot of them would jump); where no frame holds both,
    /// a plain follow of the person from behind, then from either side.
    /// </summary>
    static IEnumerable<Shot> Overhead(Shot shot, string thing)
    {
        string subject = shot.Primary!, what = thing.ToLowerInvariant();
        string where = shot.Move == CameraMove.Static ? "the locked-off frame" : $"the planned {ShotWords.Of(shot.Move)}";
        double mirrored = Yaw.Degrees(Yaw.Wrap(Yaw.Radians(-shot.Angle)));
        yield return Change(shot, CameraMove.Follow, shot.Size, shot.Angle, $"the steadicam goes with {subject} and the {what}, since {where} lost them");
        yield return Change(shot, shot.Move, shot.Size, mirrored, $"from {subject}'s other side");
        yield return Change(shot, CameraMove.Follow, shot.Size, mirrored, $"the steadicam goes with {subject} and the {what} from their other side");
        foreach (double angle in new[] { 180.0, 135.0, -135.0, 90.0, -90.0 })
            yield return Change(shot, CameraMove.Follow, ShotSize.Wide, angle,
                $"no frame holds {subject} and the {what}: steadicam follows {subject}") with { Type = ShotType.Single, Subjects = [subject] };
    }

    static IEnumerable<Shot> Lone(Shot shot, string subject)
    {
        string what = shot.Move == CameraMove.Static ? "the locked-off frame" : $"the planned {ShotWords.Of(shot.Move)}";
        var looser = Looser(shot.Size);
        var loosest = Looser(looser);
        if (shot.Move != CameraMove.Pan)
            yield return Change(shot, CameraMove.Pan, shot.Size, shot.Angle, $"a pan from one clear spot, since {what} lost {subject}");
        yield return Change(shot, CameraMove.Pan, looser, shot.Angle, $"a looser pan ({ShotWords.Of(looser)}) keeps {subject} in view");
        if (loosest != looser)
            yield return Change(shot, CameraMove.Pan, loosest, shot.Angle, $"a wide pan ({ShotWords.Of(loosest)}) keeps {subject} in view");
        // Swinging round someone in an exchange could cross its line; only a lone subject is swung.
        if (shot.Subjects.Length > 1) yield break;
        foreach (double swing in new[] { 45.0, -45.0 })
        {
            double angle = Yaw.Degrees(Yaw.Wrap(Yaw.Radians(shot.Angle + swing)));
            yield return Change(shot, CameraMove.Pan, looser, angle, $"swung {swing:+0;-0}° to a clear view of {subject}");
        }
    }

    static ShotSize Looser(ShotSize size) => size == ShotSize.ExtremeWide ? size : size - 1;

    static Shot Change(Shot shot, CameraMove move, ShotSize size, double angle, string why) => shot with
    {
        Move = move,
        Size = size,
        Angle = Math.Round(angle, 1),
        FocalLength = size == shot.Size ? shot.FocalLength : Lens.Range(size).Min,
        Aperture = size == shot.Size ? shot.Aperture : Lens.Aperture(size),
        Reason = shot.Reason + "; reviewed: " + why,
    };
}
