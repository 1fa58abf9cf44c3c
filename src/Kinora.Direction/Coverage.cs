using System.Collections.Immutable;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// How one scene is covered: where the cuts fall, and for each piece the setup a director would choose. Holds
/// the scene's 180° lines (one per pair of speakers, chosen once on the side with room) and counts each exchange
/// so coverage tightens as it goes on.
/// </summary>
internal sealed class Coverage
{
    // Aim for shots at least this long when choosing a beat boundary to cut on, in seconds.
    const double Preferred = 1.6;

    static readonly string[] Movement = ["walk", "run", "cross", "enter", "exit", "leave", "move", "approach", "chase", "go", "step", "wander", "hurry"];
    static readonly string[] Turning = ["turn", "look", "glance", "spin"];
    static readonly string[] Rising = ["sit", "stand", "rise", "kneel", "crouch", "fall", "lie"];
    static readonly string[] Charged =
        ["never", "always", "love", "truth", "secret", "dead", "die", "kill", "sorry", "forgive", "afraid", "promise", "lied", "lie", "gone", "remember", "please", "help"];

    readonly IWorldView world;
    readonly ScenePlan scene;
    readonly int number;
    readonly bool firstLook;
    readonly SetGeometry set;
    readonly float aspect;
    readonly bool interior;
    Pcg32 dice;
    readonly Dictionary<string, int> sides = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> exchanges = new(StringComparer.Ordinal);

    public Coverage(IWorldView world, ScenePlan scene, int number, bool firstLook)
    {
        this.world = world;
        this.scene = scene;
        this.number = number;
        this.firstLook = firstLook;
        set = world.SetFor(scene.Index);
        var format = world.Production.Bible.Format;
        aspect = (float)(world.Production.Bible.Style.AspectRatio ?? format.Width / (double)format.Height);
        interior = scene.Interior || set.Interior;
        dice = Pcg32.For(world.Production.Bible.Seed, $"direction/scene/{number}");
    }

    public IEnumerable<Shot> Shoot(double from, double to)
    {
        var shots = new List<Shot>();
        var pieces = Cut(from, to);
        for (int k = 0; k < pieces.Count; k++)
        {
            var (start, end) = pieces[k];
            var shot = k == 0 ? Establishing(start, end) : Cover(start, end, shots[^1]);
            shot = shot with { Id = $"s{number:000}-{k + 1:00}", Scene = scene.Index, Start = start, End = end };
            shot = KeepSide(Settle(shot));
            if (k > 0) shot = KeepThirtyDegrees(shots[^1], shot);
            shots.Add(shot);
        }
        return shots;
    }

    // ---- where the cuts fall ----

    List<(double Start, double End)> Cut(double from, double to)
    {
        var pieces = new List<(double, double)>();
        if (to - from <= 0) return pieces;

        var boundaries = scene.Beats.SelectMany(b => new[] { b.Start, b.End })
            .Where(b => b > from + 1e-6 && b < to - 1e-6).Append(to).Distinct().Order().ToList();

        // The establishing shot plays longer when the place is new, and holds over an establishing beat at the top.
        double hold = firstLook ? dice.Range(5, 7) : dice.Range(3, 4.5);
        double establishEnd = from;
        foreach (var beat in scene.Beats.OrderBy(b => b.Start))
        {
            if (beat.Kind != BeatKind.Establish || beat.Start > establishEnd + 0.05) break;
            establishEnd = Math.Max(establishEnd, beat.End);
        }
        hold = Math.Clamp(Math.Max(hold, establishEnd - from), 2, Director.LongestShot);
        double target = from + hold;
        double first = boundaries.Where(b => Math.Abs(b - target) <= 1.5 && b - from >= 2 && b - from <= Director.LongestShot)
            .OrderBy(b => Math.Abs(b - target)).ThenBy(b => b).DefaultIfEmpty(Math.Min(Tenths(target), to)).First();
        if (to - first < Preferred) first = to - from <= Director.LongestShot ? to : Tenths((from + to) / 2);
        pieces.Add((from, first));

        double c = first;
        while (to - c > 1e-9)
        {
            double next = boundaries.FirstOrDefault(b => b - c >= Preferred && (to - b >= Preferred || b == to), to);
            double length = next - c;
            double end = length <= Director.LongestShot ? next : Tenths(c + length / Math.Ceiling(length / 7.0));
            if (to - end < Preferred) end = to - c <= Director.LongestShot ? to : Tenths((c + to) / 2);
            pieces.Add((c, end));
            c = end;
        }
        return pieces;
    }

    // A cut that falls between beats lands on a tenth of a second, so shots.yaml stays readable; rounding down
    // keeps a shot planned at the longest length from growing past it.
    static double Tenths(double t) => Math.Floor(t * 10 + 1e-6) / 10;

    // ---- what each piece shows ----

    Shot Establishing(double start, double end)
    {
        var cast = Present(start);
        var size = firstLook && !interior ? ShotSize.ExtremeWide : ShotSize.Wide;
        double duration = end - start;
        var move = duration < 3 ? CameraMove.Static
            : interior ? (dice.Chance(0.5) ? CameraMove.Orbit : CameraMove.Static)
            : dice.Next(3) switch { 0 => CameraMove.Crane, 1 => CameraMove.Orbit, _ => CameraMove.Static };
        // Indoors the room is seen from a standing eye a little raised, not from under the ceiling: from 2.2 m the floor
        // fills the lower half of a wide and the people sink into it.
        double height = size == ShotSize.ExtremeWide ? 3.5 : interior ? 1.8 : 2.2;
        string place = Title(scene.Location.Name);
        string why = (firstLook ? $"establishing: first look at {place}" : $"re-establishing {place}") + move switch
        {
            CameraMove.Crane => "; slow crane down into the scene",
            CameraMove.Orbit => "; slow orbit to lay out the space",
            _ => "",
        };
        var shot = Make(size, move, cast.Count >= 2 ? ShotType.Group : ShotType.Single, cast, 65, height, why);
        if (cast.Count == 0) return shot with { Angle = 0, Type = ShotType.Group };
        return cast.Count >= 2 ? OnSide(shot, cast[0], cast[1], start) : shot with { Angle = dice.Chance(0.5) ? 35 : -35 };
    }

    Shot Cover(double start, double end, Shot previous)
    {
        var beat = Dominant(start, end);
        return beat?.Kind switch
        {
            BeatKind.Dialogue => Dialogue(start, end, beat, previous),
            BeatKind.Action => Action(start, end, beat, previous),
            _ => Wide(start, beat is null ? "covering the room between beats" : "re-establishing the space"),
        };
    }

    Shot Wide(double t, string why)
    {
        var cast = Present(t);
        var shot = Make(ShotSize.Wide, CameraMove.Static, ShotType.Group, cast, 60, interior ? 2.0 : 2.2, why);
        return cast.Count >= 2 ? OnSide(shot, cast[0], cast[1], t) : shot with { Angle = 35 };
    }

    Shot Dialogue(double start, double end, Beat beat, Shot previous)
    {
        var present = Present(start);
        // A voice-over or off-screen line belongs to no one on the set: the scene plays under it.
        if (beat.Subject is { } voice && Named(voice, present) is null)
            return Wide(start, present.Count == 0 ? $"{voice}'s voice over the empty set" : $"{voice} heard over the scene");
        string? speaker = Named(beat.Subject, present) ?? present.FirstOrDefault();
        if (speaker is null) return Wide(start, "a voice over the empty set");
        string? listener = Named(beat.Target, present) is { } target && target != speaker ? target : present.FirstOrDefault(n => n != speaker);
        bool charged = Charged.Any(w => Words(beat.Text).Contains(w)) || beat.Text.Contains('!') || !string.IsNullOrWhiteSpace(beat.Parenthetical);
        double duration = end - start;

        if (listener is null)
        {
            var alone = charged && duration >= 2.5
                ? Make(ShotSize.Close, CameraMove.DollyIn, ShotType.Single, [speaker], 20, EyeHeight(speaker, start), $"push in as {speaker} speaks alone")
                : Make(dice.Chance(0.5) ? ShotSize.Medium : ShotSize.MediumClose, CameraMove.Static, ShotType.Single, [speaker], 20, EyeHeight(speaker, start), $"{speaker} alone with the line");
            return alone with { Angle = dice.Chance(0.5) ? alone.Angle : -alone.Angle };
        }

        string pair = Pair(speaker, listener);
        int m = exchanges.GetValueOrDefault(pair);
        exchanges[pair] = m + 1;
        bool bothSpeak = scene.Beats.Where(b => b.Kind == BeatKind.Dialogue && Overlap(b, start, end) >= 0.3)
            .Select(b => b.Subject).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2;

        Shot shot;
        if (bothSpeak)
            shot = Make(ShotSize.Medium, CameraMove.Static, ShotType.TwoShot, [speaker, listener], 90, TwoShotHeight(speaker, listener, start),
                $"two-shot: quick back-and-forth between {speaker} and {listener}");
        else if (m == 0)
            shot = Make(ShotSize.Medium, CameraMove.Static, ShotType.OverTheShoulder, [speaker, listener], 30, EyeHeight(speaker, start),
                $"opens the exchange on {speaker}, over {listener}'s shoulder");
        else if (charged && duration >= 2.5)
            // The listener rides along in the subjects, as on every other shot of the exchange, so the push-in keeps its line.
            shot = Make(ShotSize.Close, CameraMove.DollyIn, ShotType.Single, [speaker, listener], 20, EyeHeight(speaker, start),
                $"push in: {speaker}'s line lands (\"{Clip(beat.Text)}\")");
        else if (m >= 2 && previous.Type != ShotType.TwoShot && dice.Chance(0.12))
            shot = Make(ShotSize.Medium, CameraMove.Static, ShotType.TwoShot, [speaker, listener], 90, TwoShotHeight(speaker, listener, start),
                $"two-shot resets the geography between {speaker} and {listener}");
        else if (m >= 1 && duration >= 2.5 && dice.Chance(0.18))
            shot = Make(ShotSize.MediumClose, CameraMove.Static, ShotType.Single, [listener, speaker], 30, EyeHeight(listener, start),
                $"reaction: {listener} takes in {speaker}'s line");
        else if (dice.Chance(0.5))
            shot = Make(m < 3 ? ShotSize.MediumClose : ShotSize.Close, CameraMove.Static, ShotType.Single, [speaker, listener], 20, EyeHeight(speaker, start),
                $"clean single on {speaker}, on {listener}'s eyeline");
        else
            shot = Make(m < 3 ? ShotSize.Medium : ShotSize.MediumClose, CameraMove.Static, ShotType.OverTheShoulder, [speaker, listener], 30, EyeHeight(speaker, start),
                $"{speaker} over {listener}'s shoulder");
        return OnSide(shot, speaker, listener, start);
    }

    Shot Action(double start, double end, Beat beat, Shot previous)
    {
        var present = Present(start);
        // A line about the place, not a person ("Rain falls steadily.") is the set's, seen wide; straight after the
        // wide that showed the place, it plays behind the two people in it, in a medium two-shot from three-quarters
        // (45° off their line, so one stands a little behind the other and the pair fills the frame's middle).
        string? subject = Named(beat.Subject, present);
        if (subject is null && present.Count == 2 && previous.Size <= ShotSize.Wide && Together(present[0], present[1], start, end))
            return OnSide(Make(ShotSize.Medium, CameraMove.Static, ShotType.TwoShot, present, 45, TwoShotHeight(present[0], present[1], start),
                $"the set behind {present[0]} and {present[1]}: {Clip(beat.Text)}"), present[0], present[1], start);
        if (subject is null) return Wide(start, $"the set: {Clip(beat.Text)}");
        string verb = beat.Verb.ToLowerInvariant();
        double travel = Travel(subject, start, end);
        bool moving = travel / (end - start) > 0.3 || (Movement.Any(v => verb.StartsWith(v, StringComparison.Ordinal)) && travel > 0.5);
        bool running = verb.StartsWith("run", StringComparison.Ordinal) || verb.StartsWith("chase", StringComparison.Ordinal) || travel / (end - start) > 2.5;

        double peak = PeakSpeed(subject, start, end);
        if (Overhead(subject, beat, start, moving, running) is { } aloft) return aloft;
        Shot shot;
        if (moving && peak > 0.8 * CameraRig.Steadicam.MaxSpeed)
            shot = Make(ShotSize.ExtremeWide, CameraMove.Pan, ShotType.Single, [subject], 70, 1.5, $"too fast to run with: a long pan follows {subject}'s {verb}");
        else if (moving && running && dice.Chance(0.4))
            shot = Make(ShotSize.Wide, CameraMove.Handheld, ShotType.Single, [subject], 35, 1.5, $"handheld with {subject}'s run: urgency");
        else if (moving && dice.Chance(0.5))
            shot = Make(running ? ShotSize.Wide : ShotSize.Full, CameraMove.Follow, ShotType.Single, [subject], 35, 1.5,
                $"steadicam leads {subject} as they {verb}");
        else if (moving && peak > 0.8 * CameraRig.Dolly.MaxSpeed)
            shot = Make(ShotSize.Wide, CameraMove.Follow, ShotType.Single, [subject], 35, 1.5, $"steadicam keeps pace with {subject}'s {verb}");
        else if (moving)
            shot = Make(ShotSize.Full, CameraMove.Truck, ShotType.Single, [subject], 90, 1.4, $"truck alongside {subject}'s {verb}");
        else if (verb.StartsWith("look", StringComparison.Ordinal) && set.Places.Where(p => p.NamedIn(beat.Text)).Select(p => p.Name).FirstOrDefault() is { } place)
            // What they find is the shot: from behind them and to one side, it stands beyond them in the frame.
            shot = Make(ShotSize.Full, CameraMove.Static, ShotType.Single, [subject], 155, EyeHeight(subject, start), $"over {subject}'s shoulder onto the {place}");
        else if (Turning.Any(v => verb.StartsWith(v, StringComparison.Ordinal)))
            shot = Make(ShotSize.Medium, CameraMove.Pan, ShotType.Single, [subject], 30, EyeHeight(subject, start), $"pan with {subject}'s {verb}");
        else if (Rising.Any(v => verb.StartsWith(v, StringComparison.Ordinal)) && EyeRise(subject, start, end) > 0.25)
            shot = Make(ShotSize.Full, CameraMove.Tilt, ShotType.Single, [subject], 30, 1.3, $"tilt with {subject} as they {verb}");
        else
            shot = Make(verb is "pick up" or "gesture" ? ShotSize.Medium : ShotSize.Full, CameraMove.Static, ShotType.Single, [subject], 35,
                EyeHeight(subject, start), $"{subject}: {Clip(beat.Text)}");

        string? other = present.FirstOrDefault(n => n != subject);
        return other is null ? shot with { Angle = dice.Chance(0.5) ? shot.Angle : -shot.Angle } : OnSide(shot, subject, other, start);
    }

    /// <summary>
    /// A thing flying over the subject on its line (their kite): a line about it, and their runs and some of their
    /// walks (they follow it), are shot wide and low from behind them, the person and the thing in the air in one frame.
    /// </summary>
    Shot? Overhead(string subject, Beat beat, double start, bool moving, bool running)
    {
        foreach (var (thing, holder) in world.Airborne(scene.Index))
        {
            if (!holder.Equals(subject, StringComparison.OrdinalIgnoreCase) || world.Subject(thing, start) is null) continue;
            bool about = Words(beat.Text).Contains(thing.ToLowerInvariant()) || Words(beat.Text).Contains(thing.ToLowerInvariant() + "s");
            if (!about && !(moving && (running || dice.Chance(0.5)))) continue;
            string what = thing.ToLowerInvariant();
            // From low behind them and to one side, looking up the line: they stand large in the foreground, the thing flies beyond.
            // Sized for the height of the line (the person's height would put the camera between them and the kite).
            return Make(ShotSize.ExtremeWide, moving ? CameraMove.Pan : CameraMove.Static, ShotType.TwoShot, [subject, thing], dice.Chance(0.5) ? 155 : -155, 1.0,
                about ? $"{subject} and the {what} on its line overhead: {Clip(beat.Text)}" : $"{subject} follows the {what}: up the line from behind them");
        }
        return null;
    }

    Shot Make(ShotSize size, CameraMove move, ShotType type, IReadOnlyList<string> subjects, double angle, double height, string why) =>
        new(Id: "", Scene: scene.Index, Start: 0, End: 0, size, move, [.. subjects], Lens.Pick(size, ref dice), Lens.Aperture(size),
            angle, Math.Round(height, 2), why) { Type = type };

    /// <summary>
    /// A locked-off frame only holds a subject who stays put: one who drifts gets a pan; a speaker on the move gets
    /// a steadicam walk-and-talk, and a push-in on someone moving becomes one too.
    /// </summary>
    Shot Settle(Shot shot)
    {
        if (shot.Primary is null || shot.Type == ShotType.Group) return shot;
        double travel = Travel(shot.Primary, shot.Start, shot.End);
        double pace = travel / shot.Duration;
        if (shot.Move is CameraMove.Static or CameraMove.DollyIn or CameraMove.DollyOut && pace > 0.3 && shot.Type != ShotType.TwoShot)
            return shot with
            {
                Move = CameraMove.Follow,
                Size = shot.Size > ShotSize.Medium ? ShotSize.Medium : shot.Size,
                FocalLength = Lens.Pick(shot.Size > ShotSize.Medium ? ShotSize.Medium : shot.Size, ref dice),
                Aperture = Lens.Aperture(shot.Size > ShotSize.Medium ? ShotSize.Medium : shot.Size),
                Height = Math.Min(shot.Height, 1.6),
                Reason = shot.Reason + $"; walk and talk: steadicam leads {shot.Primary}",
            };
        if (shot.Move == CameraMove.Static && travel > 0.4)
            return shot with { Move = CameraMove.Pan, Reason = shot.Reason + $"; pans to keep {shot.Primary} framed" };
        if (shot.Move is CameraMove.DollyIn or CameraMove.DollyOut && EyesWander(shot.Primary, shot.Size, shot.Start, shot.End) is { } drift)
        {
            // A push on someone who sits, stands or bends loses their eyes off the edge of a tight frame; hold a
            // medium and move the head with them instead.
            var size = shot.Size > ShotSize.Medium ? ShotSize.Medium : shot.Size;
            return shot with
            {
                Move = drift == CameraMove.Tilt ? CameraMove.Tilt : CameraMove.Pan,
                Size = size,
                FocalLength = Lens.Pick(size, ref dice),
                Aperture = Lens.Aperture(size),
                Reason = shot.Reason + $"; {ShotWords.Of(size)} that {(drift == CameraMove.Tilt ? "tilts" : "pans")} with {shot.Primary} instead of a push",
            };
        }
        if (shot.Move == CameraMove.Static && EyesWander(shot.Primary, shot.Size, shot.Start, shot.End) is { } wander)
            return shot with
            {
                Move = wander == CameraMove.Tilt ? CameraMove.Tilt : CameraMove.Pan,
                Reason = shot.Reason + $"; {(wander == CameraMove.Tilt ? "tilts" : "pans")} to keep {shot.Primary}'s eyes on the third",
            };
        return shot;
    }

    /// <summary>How far (metres) a subject's eyes travel up or down over a stretch: a tilt is for someone who really rises or sinks, not one already standing.</summary>
    double EyeRise(string name, double start, double end)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (int i = 0; i <= 12; i++)
            if (world.Actor(name, start + (end - start) * i / 12) is { } s)
            {
                low = Math.Min(low, s.Eyes.Y);
                high = Math.Max(high, s.Eyes.Y);
            }
        return high >= low ? high - low : 0;
    }

    /// <summary>
    /// Whether a subject who stays on their mark still moves their eyes too far for a locked-off frame of this
    /// size (bending to pick something up, sitting, standing, leaning): the frame aims at where the eyes are on
    /// average, and there is only a third of the frame's height between the upper third line and the top. Tilt
    /// when the eyes mostly go up or down, pan when they go sideways; null when a locked-off frame holds them.
    /// </summary>
    CameraMove? EyesWander(string name, ShotSize size, double start, double end)
    {
        var eyes = new List<Vector3>();
        float height = 1.7f;
        for (int i = 0; i <= 12; i++)
            if (world.Actor(name, start + (end - start) * i / 12) is { } s) { eyes.Add(s.Eyes); height = s.Height; }
        if (eyes.Count < 2) return null;
        var mean = eyes.Aggregate(Vector3.Zero, (sum, e) => sum + e) / eyes.Count;
        double vertical = eyes.Max(e => Math.Abs(e.Y - mean.Y));
        double sideways = eyes.Max(e => Math.Sqrt((e.X - mean.X) * (e.X - mean.X) + (e.Z - mean.Z) * (e.Z - mean.Z)));
        double room = Framing.VisibleHeight(size) * height / 3;
        if (vertical > 0.5 * room) return CameraMove.Tilt;
        if (sideways > room) return CameraMove.Pan;
        return null;
    }

    // ---- the rules ----

    /// <summary>
    /// Puts the camera on the pair's side of the 180° line. The side is chosen once per pair in the scene, where
    /// the planned cameras meet the fewest obstacles, so every shot of the exchange cuts together.
    /// </summary>
    Shot OnSide(Shot shot, string a, string b, double t)
    {
        string key = Pair(a, b);
        var (first, second) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        if (!sides.TryGetValue(key, out int side))
        {
            side = ChooseSide(first, second, t);
            sides[key] = side;
        }
        var plus = shot with { Angle = Math.Abs(shot.Angle) };
        var minus = shot with { Angle = -Math.Abs(shot.Angle) };
        double sPlus = SideOf(plus, first, second, t), sMinus = SideOf(minus, first, second, t);
        return sPlus * side >= sMinus * side ? plus : minus;
    }

    // A planned camera closer to the line than this (metres) is not clearly on either side of it.
    const double LineMargin = 0.3;

    /// <summary>
    /// Whether a shot of two people stands on their pair's side of the line where the report and the track measure
    /// it: the camera the framing asks for at the track's reference instant (the middle of a locked-off shot, the
    /// start of a move), against the line between them at the middle of the shot. True for anything else.
    /// </summary>
    bool OnPairSide(Shot shot)
    {
        if (shot.Subjects.Length < 2 || !sides.TryGetValue(Pair(shot.Subjects[0], shot.Subjects[1]), out int side)) return true;
        var (first, second) = string.CompareOrdinal(shot.Subjects[0], shot.Subjects[1]) <= 0
            ? (shot.Subjects[0], shot.Subjects[1]) : (shot.Subjects[1], shot.Subjects[0]);
        double mid = (shot.Start + shot.End) / 2;
        var c = Camera(shot, shot.Move == CameraMove.Static ? mid : shot.Start);
        if (c is null || world.Actor(first, mid) is not { } sa || world.Actor(second, mid) is not { } sb) return true;
        return Vector3.Dot(c.Value - sa.Position, Yaw.Left(sb.Position - sa.Position)) * side >= LineMargin;
    }

    /// <summary>
    /// Holds a shot of two people to their side of the line once its times and move are settled: the angle that
    /// OnSide picked at the cut can land across it by the middle of the shot, or for people side by side (whose
    /// facing runs along neither side) at neither ±angle. Tries the other sign, then wider angles round the
    /// speaker, toward profile, before giving up and leaving the track to keep its side.
    /// </summary>
    Shot KeepSide(Shot shot)
    {
        if (OnPairSide(shot)) return shot;
        double magnitude = Math.Abs(shot.Angle);
        foreach (double m in new[] { magnitude, 45.0, 60.0, 75.0, 90.0, 110.0, 130.0 })
        {
            if (m < magnitude) continue;
            foreach (int sign in new[] { Math.Sign(shot.Angle == 0 ? 1 : shot.Angle), -Math.Sign(shot.Angle == 0 ? 1 : shot.Angle) })
            {
                var turned = shot with { Angle = sign * m };
                if (OnPairSide(turned))
                    return m == magnitude ? turned : turned with { Reason = shot.Reason + $"; {m:0}° round to keep the line" };
            }
        }
        return shot;
    }

    int ChooseSide(string a, string b, double t)
    {
        // Probe cameras standing outside the room (a booth against the window wall) leave that side no room at all.
        bool roomy = true;
        int Crowding(int side)
        {
            int hits = 0;
            foreach (var (type, angle) in new[] { (ShotType.TwoShot, 90.0), (ShotType.Group, 65.0) })
            {
                var probe = Make(ShotSize.Wide, CameraMove.Static, type, [a, b], angle * side, 1.7, "");
                var c = Camera(probe, t);
                if (c is null) continue;
                if (!Foreground.Indoors(c.Value, set))
                {
                    hits += OutsideTheRoom;
                    roomy = false;
                }
                foreach (var box in set.Obstacles)
                {
                    if (box.Inflate(0.3f).Contains(c.Value)) hits += 2;
                    if (world.Actor(a, t) is { } s && CameraTrack.Hits(c.Value, s.Eyes, box)) hits++;
                }
                if (set.Volumes.Contains(c.Value, CameraTrack.LensClearance)) hits += 2;
                if (world.Actor(a, t) is { } seen && set.Volumes.Blocks(c.Value, seen.Eyes)) hits++;
            }
            return hits;
        }
        int left = Crowding(1);
        bool leftRoomy = roomy;
        roomy = true;
        int right = Crowding(-1);
        bool rightRoomy = roomy;
        // Both probes are measured against the ordered pair's line, so +1 is the left of a→b.
        int preferred = left == right ? (dice.Chance(0.5) ? 1 : -1) : left < right ? 1 : -1;
        // Two people who face the same side of their line (side by side in a car, at a counter) are covered from
        // the side they face: their singles can only be shot from there, so the two-shots must be too. Unless that
        // side is outside the room: two friends walking up to their booth face the window, not the crew.
        if (world.Actor(a, t) is { } sa && world.Actor(b, t) is { } sb)
        {
            var across = Yaw.Left(sb.Position - sa.Position);
            float fa = Vector3.Dot(sa.Forward, across), fb = Vector3.Dot(sb.Forward, across);
            bool faced = Math.Sign(fa) == Math.Sign(fb) && Math.Min(Math.Abs(fa), Math.Abs(fb)) > 0.5f;
            if (faced && (Math.Sign(fa) > 0 ? leftRoomy : rightRoomy)) preferred = Math.Sign(fa);
        }
        var test = Make(ShotSize.Wide, CameraMove.Static, ShotType.TwoShot, [a, b], 90 * preferred, 1.7, "");
        return SideOf(test, a, b, t) >= 0 ? 1 : -1;
    }

    /// <summary>What a probe camera outside the room's walls weighs against its side of the line, as obstacles hit.</summary>
    const int OutsideTheRoom = 4;

    /// <summary>Signed distance of the shot's planned camera from the line a→b (positive: left of it).</summary>
    double SideOf(Shot shot, string a, string b, double t)
    {
        var c = Camera(shot, t);
        if (c is null || world.Actor(a, t) is not { } sa || world.Actor(b, t) is not { } sb) return 0;
        return Vector3.Dot(c.Value - sa.Position, Yaw.Left(sb.Position - sa.Position));
    }

    /// <summary>
    /// The 30° rule: cutting to the same subject, the camera moves at least 30° round them or the size changes by
    /// two steps; otherwise the cut reads as a jump. First try swinging (keeping the side), then change the size.
    /// </summary>
    Shot KeepThirtyDegrees(Shot previous, Shot shot)
    {
        if (!Jumps(previous, shot)) return shot;
        // A subject on the move, or whose eyes travel, needs the room of a wider frame rather than a tighter one.
        bool moving = shot.Move is CameraMove.Follow or CameraMove.Truck or CameraMove.Handheld or CameraMove.Pan or CameraMove.Tilt;
        if (shot.Type is ShotType.Single or ShotType.OverTheShoulder)
        {
            double magnitude = Math.Abs(shot.Angle);
            int sign = Math.Sign(shot.Angle == 0 ? 1 : shot.Angle);
            // Round the subject on the same side first, then across the front of their look to the other side
            // (a shot of two people is still held to their line below).
            foreach (double angle in new[] { sign * (magnitude + 40), sign * (magnitude - 40), sign * (magnitude + 55), -sign * magnitude, -sign * (magnitude + 20), -sign * (magnitude + 40) })
            {
                double swung = Math.Abs(angle);
                if (swung < 5 || swung > 85 || Math.Abs(angle - shot.Angle) < 30) continue;
                var turned = shot with { Angle = angle, Reason = shot.Reason + $"; swung {Math.Abs(angle - shot.Angle):0}° for the cut" };
                // A swing that takes the camera across the exchange's line trades a jump cut for a crossing.
                if (OnPairSide(turned) && !Jumps(previous, turned)) return turned;
            }
        }
        // The nearest size two steps from the last, keeping to the dialogue range when there is a choice.
        var size = Enum.GetValues<ShotSize>().Where(s => Math.Abs((int)s - (int)previous.Size) >= 2)
            .OrderBy(s => Math.Abs((int)s - (int)shot.Size)).ThenBy(s => moving ? (int)s : s is >= ShotSize.Medium and <= ShotSize.Close ? 0 : 1)
            .ThenBy(s => s).First();
        // A wide taken from a riser, tightened to a medium, comes down to the eye-line: from 2.2 m it looked down 25°.
        double height = shot.Height;
        if (size >= ShotSize.Medium && !shot.Subjects.IsDefaultOrEmpty)
            height = Math.Min(height, Math.Round(shot.Subjects.Average(n => EyeHeight(n, shot.Start)), 2));
        return shot with
        {
            Size = size,
            FocalLength = Lens.Pick(size, ref dice),
            Aperture = Lens.Aperture(size),
            Height = height,
            Reason = shot.Reason + $"; {ShotWords.Of(size)} so the cut is not a jump",
        };
    }

    /// <summary>Measured on the real tracks, since a track may swing round an obstacle from the planned angle.</summary>
    bool Jumps(Shot previous, Shot shot)
    {
        if (previous.Primary is null || !string.Equals(previous.Primary, shot.Primary, StringComparison.OrdinalIgnoreCase)) return false;
        if (Math.Abs((int)previous.Size - (int)shot.Size) >= 2) return false;
        double t = shot.Start;
        if (world.Actor(shot.Primary!, t) is not { } subject) return false;
        var a = CameraTrack.For(previous, world).Sample(previous.End).Position;
        var b = CameraTrack.For(shot, world).Sample(t).Position;
        double turn = Math.Abs(Yaw.Wrap(Yaw.Of(a - subject.Position) - Yaw.Of(b - subject.Position)));
        return turn < Yaw.Radians(30);
    }

    /// <summary>The camera position the framing asks for at time t, before the track clears obstacles.</summary>
    Vector3? Camera(Shot shot, double t)
    {
        var states = shot.Subjects.Select(n => world.Subject(n, t)).Where(s => s is not null).Select(s => s!.Value).ToList();
        if (states.Count == 0) return null;
        return Framing.Solve(shot, states, set, aspect).Camera;
    }

    // ---- small readings of the scene ----

    List<string> Present(double t) => scene.Cast.Where(n => world.Actor(n, t) is not null).ToList();

    static string? Named(string? name, List<string> present) =>
        name is null ? null : present.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));

    Beat? Dominant(double start, double end) =>
        scene.Beats.Select(b => (Beat: b, Overlap: Overlap(b, start, end))).Where(x => x.Overlap > 1e-6)
            .OrderByDescending(x => x.Overlap).ThenBy(x => x.Beat.Start).Select(x => x.Beat).FirstOrDefault();

    static double Overlap(Beat b, double start, double end) => Math.Min(b.End, end) - Math.Max(b.Start, start);

    double Travel(string name, double start, double end)
    {
        double total = 0;
        Vector3? last = null;
        for (int i = 0; i <= 8; i++)
        {
            if (world.Actor(name, start + (end - start) * i / 8) is not { } s) continue;
            if (last is { } l) total += Vector3.Distance(l with { Y = 0 }, s.Position with { Y = 0 });
            last = s.Position;
        }
        return total;
    }

    double PeakSpeed(string name, double start, double end)
    {
        double peak = 0;
        for (int i = 0; i <= 16; i++)
            if (world.Actor(name, start + (end - start) * i / 16) is { } s) peak = Math.Max(peak, (s.Velocity with { Y = 0 }).Length());
        return peak;
    }

    /// <summary>Two people stay within a medium two-shot's reach of each other (metres, on the ground) across a stretch.</summary>
    const double TwoShotReach = 2.5;

    /// <summary>Whether two people stand within <see cref="TwoShotReach"/> of each other at the start, middle and end of a stretch.</summary>
    bool Together(string a, string b, double start, double end)
    {
        foreach (double t in new[] { start, (start + end) / 2, end - 1e-3 })
        {
            if (world.Actor(a, t) is not { } sa || world.Actor(b, t) is not { } sb) return false;
            if (Vector3.Distance(sa.Position with { Y = 0 }, sb.Position with { Y = 0 }) > TwoShotReach) return false;
        }
        return true;
    }

    double EyeHeight(string name, double t) =>
        world.Actor(name, t) is { } s ? Math.Max(0.5, s.Eyes.Y - Framing.Ground(set) - 0.05) : 1.6;

    double TwoShotHeight(string a, string b, double t) => (EyeHeight(a, t) + EyeHeight(b, t)) / 2;

    static string Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a + "\n" + b : b + "\n" + a;

    static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '.', '!', '?', ';', ':', '"', '\'', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    static string Clip(string text) => text.Length <= 40 ? text : text[..37] + "...";

    static string Title(string name) => name.Length == 0 ? "the set" : name;
}
