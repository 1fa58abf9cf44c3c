using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// One shot's camera as a function of film time. For() does the work once: it solves the framing from the
/// subjects' states, finds a clear place to stand (swinging round the subject or coming closer when the
/// planned spot is inside a wall or behind one), lays out the move within the rig's limits, and integrates
/// any following at fixed substeps from the shot's start. Sample(t) then only interpolates, so it is cheap,
/// a pure function of t, and never jumps.
/// </summary>
public sealed class CameraTrack
{
    /// <summary>The substep the track is built at, in seconds.</summary>
    public const double Step = 1.0 / 240;

    // How often a candidate camera path is checked against the set and the sightlines, in substeps (24 Hz, the
    // rate `kinora check` measures at: a coarser check misses a subject passing behind a crate for a third of a second).
    const int CheckEvery = 10;

    readonly Vector3[] position, velocity, anchor, anchorVelocity;
    readonly float screenXStart, screenXEnd, screenY;
    readonly double tanHalf;
    readonly HandheldShake? shake;
    readonly IWorldView world;

    CameraTrack(IWorldView world, Shot shot, CameraRig rig, float aspect, double focalLength, string? adjustment,
        Vector3[] position, Vector3[] velocity, Vector3[] anchor, Vector3[] anchorVelocity,
        float screenXStart, float screenXEnd, float screenY, HandheldShake? shake)
    {
        this.world = world;
        Shot = shot;
        Rig = rig;
        Aspect = aspect;
        FocalLength = focalLength;
        VerticalFov = CameraFrame.FovForFocalLength(focalLength);
        tanHalf = Math.Tan(VerticalFov / 2.0);
        Adjustment = adjustment;
        this.position = position;
        this.velocity = velocity;
        this.anchor = anchor;
        this.anchorVelocity = anchorVelocity;
        this.screenXStart = screenXStart;
        this.screenXEnd = screenXEnd;
        this.screenY = screenY;
        this.shake = shake;
    }

    public Shot Shot { get; }

    /// <summary>What carries the camera, and so the limits its move keeps within.</summary>
    public CameraRig Rig { get; }

    /// <summary>Frame width over height, from the film's format.</summary>
    public float Aspect { get; }

    /// <summary>The lens actually used, in mm: the shot's, or wider where the camera had to come closer.</summary>
    public double FocalLength { get; }

    /// <summary>Vertical field of view in radians.</summary>
    public float VerticalFov { get; }

    /// <summary>Why the camera stands somewhere other than planned (a wall in the way), or null.</summary>
    public string? Adjustment { get; }

    /// <summary>Builds the track for a shot in the world it films.</summary>
    public static CameraTrack For(Shot shot, IWorldView world)
    {
        ArgumentNullException.ThrowIfNull(shot);
        ArgumentNullException.ThrowIfNull(world);
        if (!(shot.End > shot.Start)) throw new ArgumentException($"shot {shot.Id} has no duration", nameof(shot));

        var production = world.Production;
        var format = production.Bible.Format;
        // Framed for the picture: inside the letterbox when the bible's style sets an aspect ratio.
        float aspect = (float)(production.Bible.Style.AspectRatio ?? format.Width / (double)format.Height);
        var set = world.SetFor(shot.Scene);
        var rig = CameraRig.For(shot.Move);
        double duration = shot.Duration;
        int count = (int)Math.Ceiling(duration / Step) + 2;

        var subjects = new SubjectSamples(world, shot.Subjects.IsDefault ? [] : shot.Subjects, shot.Start, Step, count);
        var (crowd, extras, vehicles) = Crowd(world, production, set, shot, count);
        var (low, high) = Framing.HeightLimits(set);
        double largest = 0.9 * MinimumJerk.LargestMove(duration, rig.MaxSpeed, rig.MaxAcceleration, rig.MaxJerk);
        int last = Math.Min(count - 1, (int)Math.Ceiling(duration / Step));

        // Try the planned spot first, then swing round or come closer (or, for a wide shot, go higher), never
        // across the line: for a shot of two people the line between them (the exchange's 180° line, whichever
        // way they face, so two people side by side in a car keep it too), otherwise the subject's facing.
        double? smoothing = shot.Move switch
        {
            CameraMove.Follow => 3.0,
            CameraMove.Truck => 2.5,
            CameraMove.Handheld => 2.0,
            _ => null,
        };
        // A handheld track leaves a quarter of the rig's acceleration and jerk for the operator's sway.
        double share = shot.Move == CameraMove.Handheld ? 0.75 : 0.95;
        int mid = last / 2;
        bool pair = subjects.Anyone && subjects.At(0).Count >= 2;
        Candidate? best = null;
        CameraTrack? fallback = null;
        double fallbackOut = double.PositiveInfinity;
        int framed = 0;
        double plannedSide = 0;
        var considered = new List<Candidate>();
        Candidate? flawed = null;
        int flawedTries = 0;
        // A clear spot: taken as it is for a move that runs its path exactly; a camera that chases its subject can lag
        // it out of the frame (a runner on a wide lens), so its spot must also keep the eyes in frame, or the next clear
        // spot is tried, keeping the best seen.
        CameraTrack? Take(Candidate clear)
        {
            var track = Build(shot, world, set, rig, aspect, clear, subjects, count, last);
            if (smoothing is null) return track;
            double outside = track.EyesOutside(subjects, last);
            if (outside <= FramedEnough) return track;
            if (outside < fallbackOut) (fallback, fallbackOut) = (track, outside);
            return null;
        }
        foreach (var (swing, closer, rise) in Alternatives(shot.Angle, keepFacingSide: !pair, canRise: shot.Size <= ShotSize.Wide))
        {
            // Looking further round for a flawless picture, the camera keeps near its planned distance and lens: a spot
            // far in on a much wider lens trades a crown in a corner for a distorted frame.
            if (flawedTries >= MaxFlawedTries && closer < 0.7) continue;
            var candidate = Plan(shot, set, aspect, subjects, swing, closer, rise, largest, count, last, low, high);
            if (pair)
            {
                double side = LineOffset(candidate.Path[mid], subjects.At(mid));
                if (swing == 0 && closer == 1 && rise == 0) plannedSide = Math.Abs(side) < LineMargin ? 0 : Math.Sign(side);
                else if (plannedSide != 0 && side * plannedSide < LineMargin) continue;
            }
            // A smoothed move lags and rounds its path: check where the camera will really be, not where it is asked to go.
            if (smoothing is double w)
            {
                candidate.Position = new Vector3[count];
                candidate.Velocity = new Vector3[count];
                Smooth(candidate.Path, w, rig, candidate.Position, candidate.Velocity, share);
            }
            candidate.Blocked = Obstruction(candidate, set, crowd, extras, vehicles, subjects, shot, aspect, last);
            candidate.Flaws = Flaws(candidate, set, vehicles, subjects, shot, aspect, last);
            considered.Add(candidate);
            if (best is null || (candidate.Blocked, candidate.Flaws).CompareTo((best.Blocked, best.Flaws)) < 0) best = candidate;
            if (candidate.Blocked > 0) continue;
            // A clear spot whose picture is flawed (a subject cut at the edge, a pole beside a face) is kept in hand while
            // a few more are tried; the least flawed is taken when none is flawless.
            if (candidate.Flaws > 0)
            {
                if (flawed is null || candidate.Flaws < flawed.Flaws) flawed = candidate;
                // A locked-off picture still flawed at every look (a crown over the headroom wherever the camera swings a
                // little) is worth looking further round for: the spots the first tries reach may all share the flaw.
                if (++flawedTries < (flawed.Flaws >= HeavyFlaws && shot.Move == CameraMove.Static ? 3 * MaxFlawedTries : MaxFlawedTries)) continue;
            }
            var pick = candidate.Flaws > 0 ? flawed! : candidate;
            if (ReferenceEquals(pick, flawed)) flawed = null;
            if (Take(pick) is { } taken) return taken;
            if (++framed >= MaxFramingTries) break;
        }
        if (flawed is not null && Take(flawed) is { } kept) return kept;
        if (smoothing is null || fallbackOut <= FramedEnough) return fallback ?? Build(shot, world, set, rig, aspect, best!, subjects, count, last);

        // No clear spot keeps the subject framed (a chase through a cramped kitchen): among the least obstructed
        // spots, one that keeps the eyes in frame beats one that is a little clearer but loses them.
        CameraTrack? chosen = fallback;
        int chosenBlocked = fallback is null ? int.MaxValue : 0;
        double chosenOut = fallbackOut;
        foreach (var candidate in considered.Where(c => c.Blocked > 0).OrderBy(c => c.Blocked).Take(MaxFramingTries))
        {
            var track = Build(shot, world, set, rig, aspect, candidate, subjects, count, last);
            double outside = track.EyesOutside(subjects, last);
            bool better = chosen is null
                || (outside <= FramedEnough, -candidate.Blocked, -outside).CompareTo((chosenOut <= FramedEnough, -chosenBlocked, -chosenOut)) > 0;
            if (better) (chosen, chosenBlocked, chosenOut) = (track, candidate.Blocked, outside);
        }
        return chosen ?? Build(shot, world, set, rig, aspect, best!, subjects, count, last);
    }

    /// <summary>Share of checked instants a moving shot may lose its subject's eyes and still be taken as it is.</summary>
    const double FramedEnough = 0.04;

    /// <summary>How many clear spots with a flawed picture are tried for a flawless one before the least flawed is taken.</summary>
    const int MaxFlawedTries = 24;

    /// <summary>Flaws (points, over the three looks) past which a locked-off shot's search tries three times as many spots: a flaw at every look.</summary>
    const int HeavyFlaws = 9;

    /// <summary>How many clear spots a moving shot tries for one that keeps its subject framed.</summary>
    const int MaxFramingTries = 10;

    /// <summary>The share of checked instants (24 a second) at which a watched subject's eyes fall outside the frame.</summary>
    double EyesOutside(SubjectSamples subjects, int last)
    {
        int n = Shot.Type is ShotType.Single or ShotType.OverTheShoulder ? 1 : Shot.Type == ShotType.TwoShot ? 2 : int.MaxValue;
        int checks = 0, outside = 0;
        for (int i = 0; ; i = Math.Min(i + CheckEvery, last))
        {
            var camera = Sample(Shot.Start + i * Step);
            var watched = subjects.At(i);
            checks++;
            for (int w = 0; w < Math.Min(n, watched.Count); w++)
                if (!camera.TryProject(watched[w].Eyes, Aspect, out var ndc) || Math.Abs(ndc.X) > 1 || Math.Abs(ndc.Y) > 1)
                {
                    outside++;
                    break;
                }
            if (i == last) break;
        }
        return outside / (double)checks;
    }

    /// <summary>Lays the aim and the lead room over a chosen camera path.</summary>
    static CameraTrack Build(Shot shot, IWorldView world, SetGeometry set, CameraRig rig, float aspect, Candidate chosen,
        SubjectSamples subjects, int count, int last)
    {
        var position = chosen.Position ?? new Vector3[count];
        var velocity = chosen.Velocity ?? new Vector3[count];
        if (chosen.Position is null) Differentiate(chosen.Path, position, velocity);

        var anchor = new Vector3[count];
        var anchorVelocity = new Vector3[count];
        var aim = new Vector3[count];
        for (int i = 0; i < count; i++) aim[i] = Framing.Anchor(shot.Type, subjects.At(i), set);
        if (shot.Move == CameraMove.Static)
        {
            // Locked off: aim once, at where the action is on average.
            var mean = Vector3.Zero;
            for (int i = 0; i <= last; i++) mean += aim[i];
            mean /= last + 1;
            Array.Fill(anchor, mean);
        }
        else
        {
            Smooth(aim, 6.0, Unlimited, anchor, anchorVelocity, 1);
            // The operator's head turns no faster than the rig allows, however fast the actor turns or steps.
            LimitTurn(position, anchor, anchorVelocity, AimShare * rig.MaxAngularSpeed);
        }

        string? adjustment = chosen.Swing == 0 && chosen.Closer == 1 && chosen.Rise == 0 ? null
            : chosen.Blocked > 0 ? "no clear spot for the planned angle; kept the least obstructed"
            : $"swung {Yaw.Degrees(chosen.Swing):0}° and " + (chosen.Closer > 1 ? "stood back" : "came in") + $" to {chosen.Closer:P0} of the distance"
              + (chosen.Rise > 0 ? $", {chosen.Rise:0.0} m higher," : "") + " to clear the set";

        // The lead room eases across a pan; on a wide lens over a short shot that alone could turn the head past
        // what the aim leaves of the rig, so the new look gets only as much room as the remaining turn allows.
        float screenXEnd = shot.Move == CameraMove.Static ? chosen.Setup.ScreenX
            : EaseLeadRoom(chosen.Setup.ScreenX, chosen.ScreenXEnd, chosen.Setup.FocalLength, aspect, shot.Duration, rig);

        var shake = shot.Move == CameraMove.Handheld ? new HandheldShake(world.Production.Bible.Seed, shot.Id) : null;
        return new CameraTrack(world, shot, rig, aspect, chosen.Setup.FocalLength, adjustment, position, velocity, anchor, anchorVelocity,
            chosen.Setup.ScreenX, screenXEnd, chosen.Setup.ScreenY, shake);
    }

    /// <summary>The camera at film time t (seconds), clamped into the shot.</summary>
    public CameraFrame Sample(double t)
    {
        double local = Math.Clamp(t - Shot.Start, 0, Shot.Duration);
        double x = local / Step;
        int i = Math.Min((int)x, position.Length - 2);
        float f = (float)(x - i);
        var p = Hermite(position, velocity, i, f);
        var a = Hermite(anchor, anchorVelocity, i, f);
        float screenX = screenXStart + (screenXEnd - screenXStart) * (float)MinimumJerk.Ease(local / Shot.Duration);

        if (shake is not null) p += shake.Offset(local);
        var (forward, up) = Framing.Aim(p, a, screenX, screenY, tanHalf, Aspect);
        if (shake is not null)
        {
            var (pan, tilt) = shake.Turn(local);
            var right = Vector3.Normalize(Vector3.Cross(forward, up));
            var turn = Quaternion.CreateFromAxisAngle(Vector3.UnitY, (float)pan) * Quaternion.CreateFromAxisAngle(right, (float)tilt);
            forward = Vector3.Normalize(Vector3.Transform(forward, turn));
            up = Vector3.Normalize(Vector3.Transform(up, turn));
        }
        return new CameraFrame(p, forward, up, VerticalFov, Math.Max(0.1f, Vector3.Distance(p, a)), (float)Shot.Aperture);
    }

    /// <summary>
    /// The camera at film time t with the crew's lamps on the faces (<see cref="KeyLighting"/>): what the renderer is
    /// given. Sample(t) alone serves the checks that only measure where the camera is.
    /// </summary>
    public CameraFrame Lit(double t)
    {
        var camera = Sample(t);
        return camera with { Lights = KeyLighting.For(Shot, world, camera.Position, t) };
    }

    static Vector3 Hermite(Vector3[] p, Vector3[] v, int i, float f)
    {
        float f2 = f * f, f3 = f2 * f;
        float h00 = 2 * f3 - 3 * f2 + 1, h10 = f3 - 2 * f2 + f, h01 = -2 * f3 + 3 * f2, h11 = f3 - f2;
        float step = (float)Step;
        return h00 * p[i] + h10 * step * v[i] + h01 * p[i + 1] + h11 * step * v[i + 1];
    }

    sealed class Candidate(double swing, double closer, double rise, CameraSetup setup, Vector3[] path, float screenXEnd)
    {
        public double Swing { get; } = swing;
        public double Rise { get; } = rise;
        public double Closer { get; } = closer;
        public CameraSetup Setup { get; } = setup;
        public Vector3[] Path { get; } = path;
        /// <summary>The path as the smoothed move really runs it, with its velocity; null for a move that runs its path exactly.</summary>
        public Vector3[]? Position { get; set; }
        public Vector3[]? Velocity { get; set; }
        public Vector3[] Actual => Position ?? Path;
        public float ScreenXEnd { get; } = screenXEnd;
        public int Blocked { get; set; }
        /// <summary>How much the start, middle and end frames show of what a crew avoids where it can (<see cref="Flaws"/>).</summary>
        public int Flaws { get; set; }
    }

    /// <summary>How far (metres) a camera must stand off the line between two subjects to count as on one side of it.</summary>
    const double LineMargin = 0.1;

    /// <summary>Signed distance (metres) of a camera from the line subjects[0]→subjects[1] on the ground, positive to its left.</summary>
    static double LineOffset(Vector3 camera, IReadOnlyList<ActorState> subjects)
    {
        var a = subjects[0].Position;
        return Vector3.Dot(camera - a, Yaw.Left(subjects[1].Position - a));
    }

    /// <summary>
    /// Swings (radians), how much closer (or, above 1, further back on a longer lens), and how much higher (metres),
    /// cheapest first: 15° of swing costs about as much as 15 % closer, 20 % further back or a metre up. keepFacingSide
    /// drops swings across 0° or 180° of the subject's facing (a single's line); shots of two people are held to their own line by the caller instead. Only wide shots rise,
    /// to look over a wall or a truck as a crew would from a riser.
    /// </summary>
    static IEnumerable<(double Swing, double Closer, double Rise)> Alternatives(double angleDegrees, bool keepFacingSide, bool canRise)
    {
        double[] swings = [0, 10, -10, 20, -20, 30, -30, 45, -45, 60, -60, 90, -90];
        // Standing back on a longer lens (1.4) keeps the size and narrows what the frame takes in behind the people: a
        // crown over the street or a boat beside the pier drops out of the corners.
        double[] closers = [1, 1.4, 0.85, 0.7, 0.55, 0.4, 0.3, 0.22];
        double[] rises = canRise ? [0, 1.5, 3] : [0];
        var all = new List<(double Swing, double Closer, double Rise, double Cost, int Order)>();
        foreach (var s in swings)
        {
            double swung = angleDegrees + s;
            // Keep to the subject's side: a swing that crosses 0° or 180° would cross the line.
            if (keepFacingSide && s != 0 && Math.Abs(angleDegrees) >= 5 && Math.Abs(angleDegrees) <= 175
                && (Math.Sign(swung) != Math.Sign(angleDegrees) || Math.Abs(swung) > 175)) continue;
            foreach (var c in closers)
                foreach (var r in rises)
                    all.Add((Yaw.Radians(s), c, r, Math.Abs(s) / 15 + Math.Abs(1 - c) / (c > 1 ? 0.2 : 0.15) + r / 1.0, all.Count));
        }
        return all.OrderBy(a => a.Cost).ThenBy(a => a.Order).Select(a => (a.Swing, a.Closer, a.Rise));
    }

    /// <summary>
    /// The lead room at the end of a pan, pulled back toward the start so that easing across it turns the view no
    /// faster than the share of the rig's turn rate the aim leaves (radians a second at the ease's peak).
    /// </summary>
    internal static float EaseLeadRoom(float from, float to, double focalLength, float aspect, double duration, CameraRig rig)
    {
        double k = Math.Tan(CameraFrame.FovForFocalLength(focalLength) / 2.0) * aspect;
        double a0 = Math.Atan(from * k), a1 = Math.Atan(to * k);
        double allowed = (0.95 - AimShare) * rig.MaxAngularSpeed * duration / MinimumJerk.PeakSpeed;
        if (Math.Abs(a1 - a0) <= allowed) return to;
        return (float)(Math.Tan(a0 + Math.Sign(a1 - a0) * allowed) / k);
    }

    static Candidate Plan(Shot shot, SetGeometry set, float aspect, SubjectSamples subjects, double swing, double closer, double rise,
        double largest, int count, int last, float low, float high)
    {
        int reference = shot.Move == CameraMove.Static ? last / 2 : 0;
        var setup = Framing.Solve(rise == 0 ? shot : shot with { Height = shot.Height + rise }, subjects.At(reference), set, aspect, swing, closer);
        if (LandmarkFraming.Applies(shot, set)) setup = LandmarkFraming.Hold(setup, set, aspect);
        var start = setup.Camera;
        var groundAnchor = setup.Anchor with { Y = (float)setup.CameraY };
        var path = new Vector3[count];
        double duration = shot.Duration;
        float screenXEnd = setup.ScreenX;
        Vector3 Feet(int i) => subjects.Anyone ? subjects.At(i)[0].Position : Vector3.Zero;

        for (int i = 0; i < count; i++)
        {
            double e = MinimumJerk.Ease(i * Step / duration);
            var moved = Feet(i) - Feet(0);
            moved.Y = 0;
            path[i] = shot.Move switch
            {
                CameraMove.DollyIn or CameraMove.DollyOut => groundAnchor + Yaw.Direction(setup.Bearing) * (float)Dolly(shot.Move, setup.Distance, largest, e),
                CameraMove.Truck => start + TruckAxis(subjects, last) * Vector3.Dot(moved, TruckAxis(subjects, last)),
                CameraMove.Follow or CameraMove.Handheld => start + moved,
                CameraMove.Crane => start + Vector3.UnitY * (float)Crane(start.Y, low, high, largest, e),
                CameraMove.Orbit => groundAnchor + Yaw.Direction(setup.Bearing + Orbit(shot.Angle + Yaw.Degrees(swing), setup.Distance, largest, duration, e)) * (float)setup.Distance,
                _ => start,
            };
        }

        if (shot.Move == CameraMove.Pan && subjects.Anyone)
        {
            // The lead room swings with the turn: end the pan with room in front of the new look.
            var end = setup with { Anchor = Framing.Anchor(shot.Type, subjects.At(last), set) };
            screenXEnd = Framing.LeadRoom(shot.Type, subjects.At(last), end);
        }
        return new Candidate(swing, closer, rise, setup, path, screenXEnd);
    }

    static double Dolly(CameraMove move, double distance, double largest, double e)
    {
        double push = Math.Min(0.5 * distance, largest);
        return move == CameraMove.DollyIn ? distance + push * (1 - e) : distance + push * e;
    }

    /// <summary>Crane down into the scene, landing on the planned height; where there is no room above, sink from it.</summary>
    static double Crane(float y, float low, float high, double largest, double e)
    {
        double rise = Math.Min(2.0, Math.Min(high - y, largest));
        if (rise >= 0.3) return rise * (1 - e);
        double sink = Math.Min(1.5, Math.Min(y - low, largest));
        return -Math.Max(0, sink) * e;
    }

    /// <summary>Orbit toward the profile and never past it, so the camera keeps its side; radians of bearing at ease e.</summary>
    static double Orbit(double angleDegrees, double distance, double largest, double duration, double e)
    {
        double sign = Math.Abs(angleDegrees) < 90 ? (angleDegrees < 0 ? -1 : 1) : (angleDegrees < 0 ? 1 : -1);
        double sweep = Math.Min(Yaw.Radians(20), largest / Math.Max(distance, 0.1));
        sweep = Math.Min(sweep, 0.9 * CameraRig.Dolly.MaxAngularSpeed * duration / MinimumJerk.PeakSpeed);
        return sign * sweep * e;
    }

    static Vector3 TruckAxis(SubjectSamples subjects, int last)
    {
        if (!subjects.Anyone) return Vector3.UnitX;
        var travel = subjects.At(last)[0].Position - subjects.At(0)[0].Position;
        travel.Y = 0;
        return travel.LengthSquared() > 0.01f ? Vector3.Normalize(travel) : subjects.At(0)[0].Forward;
    }

    /// <summary>
    /// Everyone in the scene, sampled where candidate paths are checked, so the camera stands clear of bodies and
    /// sees past them; the background extras among them alone, whom the lens keeps further from; and the picture
    /// vehicles, which the camera stands clear of and sees past as it does set pieces.
    /// </summary>
    static (ActorState[][] Everyone, ActorState[][] Extras, PictureVehicles[] Vehicles) Crowd(IWorldView world, Kinora.Production.Production production, SetGeometry set, Shot shot, int count)
    {
        var scene = production.Scenes.FirstOrDefault(s => s.Index == shot.Scene);
        var names = scene?.Cast ?? [];
        int samples = (count - 1) / CheckEvery + 1;
        var everyone = new ActorState[samples][];
        var extras = new ActorState[samples][];
        var vehicles = new PictureVehicles[samples];
        for (int k = 0; k < samples; k++)
        {
            double t = shot.Start + k * CheckEvery * Step;
            extras[k] = [.. world.Background(t)];
            vehicles[k] = PictureVehicles.At(world, set, t);
            everyone[k] = names.Select(n => world.Actor(n, t)).Where(s => s is not null).Select(s => s!.Value).Concat(extras[k]).ToArray();
        }
        return (everyone, extras, vehicles);
    }

    /// <summary>
    /// How many checks the path fails: inside a wall, a vehicle or a body, outside height limits, or with a watched
    /// subject's eyes hidden behind the set, a vehicle or another person (as CoverageReport measures it).
    /// </summary>
    static int Obstruction(Candidate candidate, SetGeometry set, ActorState[][] crowd, ActorState[][] extras, PictureVehicles[] vehicles,
        SubjectSamples subjects, Shot shot, float aspect, int last)
    {
        var type = shot.Type;
        var (low, high) = Framing.HeightLimits(set);
        var path = candidate.Actual;
        int blocked = 0;
        for (int k = 0; k * CheckEvery <= last + CheckEvery - 1; k++)
        {
            int i = Math.Min(k * CheckEvery, last);
            var c = path[i];
            var people = crowd[Math.Min(k, crowd.Length - 1)];
            var cars = vehicles[Math.Min(k, vehicles.Length - 1)];
            if (c.Y < low - 1e-3f || c.Y > high + 1e-3f) blocked++;
            foreach (var box in set.Obstacles) if (box.Inflate(0.3f).Contains(c)) blocked++;
            // A crown, a trunk, a hanging pan: any volume of the set the obstacle boxes do not know.
            if (set.Volumes.Contains(c, LensClearance)) blocked++;
            // Indoors the crew stands in the room, never outside it looking in through a window.
            if (!Foreground.Indoors(c, set)) blocked++;
            // Never inside a parked car or a boat, nor brushing its flank; in the car the subjects ride in, never inside its bodywork.
            var watchedNow = subjects.At(i);
            if (cars.Without(watchedNow.Select(w => w.Position)).Encloses(c, VehicleClearance)) blocked++;
            if (cars.Volumes.Contains(c, LensClearance)) blocked++;
            foreach (var body in people)
            {
                float dx = c.X - body.Position.X, dz = c.Z - body.Position.Z;
                if (dx * dx + dz * dz < 0.45f * 0.45f && c.Y < body.Position.Y + 2.2f) blocked++;
            }
            // An extra no shot is about stays out of the lens's way: a stranger's soft head filling a corner of the frame.
            foreach (var body in extras[Math.Min(k, extras.Length - 1)])
            {
                float dx = c.X - body.Position.X, dz = c.Z - body.Position.Z;
                if (dx * dx + dz * dz < ExtraClearance * ExtraClearance) blocked++;
            }
            var watched = subjects.At(i);
            int n = Framed(type, watched.Count);
            if (n == 0)
            {
                var anchor = Framing.Anchor(type, watched, set);
                foreach (var box in set.Obstacles) if (Hits(c, anchor, box)) blocked++;
                if (set.Volumes.Blocks(c, anchor)) blocked++;
                if (cars.Volumes.Blocks(c, anchor)) blocked++;
            }
            for (int w = 0; w < n; w++)
            {
                if (Sightline.Blocked(c, watched[w].Eyes, set, people, watched[w].Name, cars)) blocked++;
                // A subject within arm's length of the lens walks past it or out of the frame at the rig's smallest lag.
                float ex = c.X - watched[w].Eyes.X, ez = c.Z - watched[w].Eyes.Z;
                if (ex * ex + ez * ez < NearLens * NearLens) blocked++;
            }
            if (i == last) break;
        }
        return blocked + Composition(candidate, set, vehicles, subjects, shot, aspect, last);
    }

    /// <summary>
    /// Share of the frame a set piece nearer than the people may fill before the frame counts as blocked: a door post,
    /// a roof's corner or a hanging pan in the foreground.
    /// </summary>
    internal const double ForegroundAllowed = 0.03;

    /// <summary>Share of the frame a picture vehicle nearer than the people may fill before a clear spot counts as flawed.</summary>
    internal const double VehicleForegroundAllowed = 0.01;

    /// <summary>
    /// What the frame itself shows wrong at the start, middle and end of the path, each counted once: a set piece or a
    /// vehicle in the foreground between the lens and the people (<see cref="Foreground"/>), and, for an establishing
    /// extreme wide, a landmark of the set cut or left out (<see cref="LandmarkFraming"/>).
    /// </summary>
    static int Composition(Candidate candidate, SetGeometry set, PictureVehicles[] vehicles, SubjectSamples subjects, Shot shot, float aspect, int last)
    {
        var path = candidate.Actual;
        var setup = candidate.Setup;
        bool landmarks = LandmarkFraming.Applies(shot, set);
        int faults = 0;
        foreach (int i in new[] { 0, last / 2, last })
        {
            var c = path[i];
            var watched = subjects.At(i);
            var (frame, anchor) = Look(setup, shot, set, watched, c, aspect);
            // Everything nearer than the nearest person framed is foreground; with nobody, nearer than the anchor.
            float depth = float.PositiveInfinity;
            int n = Framed(shot.Type, watched.Count);
            for (int w = 0; w < n; w++) depth = Math.Min(depth, Flat(watched[w].Position - c));
            // With nobody framed, what stands nearer than the anchor, and anything a few steps from the lens, is foreground.
            if (float.IsPositiveInfinity(depth)) depth = MathF.Max(Flat(anchor - c), EmptyForeground);
            var cars = vehicles[Math.Min(i / CheckEvery, vehicles.Length - 1)].Without(watched.Take(n).Select(w => w.Position));
            if (Foreground.Occluded(frame, aspect, set, depth - 0.3f, cars) > ForegroundAllowed) faults++;
            if (landmarks && i == last / 2) faults += LandmarkFraming.Missing(frame, aspect, set);
        }
        return faults;
    }

    /// <summary>
    /// What the picture shows that a crew avoids where another clear spot allows, at the start, middle and end of the
    /// path: a subject cut by the frame's edge (<see cref="FrameEdges"/>), a pole or a mast beside a
    /// face in a medium or closer shot (<see cref="Tangents"/>), an over-the-shoulder's near head in the middle of the frame,
    /// filling it or missing from it (<see cref="NearShoulder"/>), outdoors a crown in the upper half of a frame of people (<see cref="Foreground.Crowns"/>; in a forest the canopy is
    /// the place), a picture vehicle in the foreground even where it covers less than a set piece may, and, twice a second,
    /// a vehicle large in the picture cut by a side of the frame.
    /// </summary>
    static int Flaws(Candidate candidate, SetGeometry set, PictureVehicles[] vehicles, SubjectSamples subjects, Shot shot, float aspect, int last)
    {
        var path = candidate.Actual;
        var setup = candidate.Setup;
        var uprights = Tangents.Of(set);
        bool canopy = shot.Size >= ShotSize.Full && set.Kind != Kinora.Production.LocationKind.Forest;
        int flaws = 0;
        foreach (int i in new[] { 0, last / 2, last })
        {
            var watched = subjects.At(i);
            int n = Framed(shot.Type, watched.Count);
            if (n == 0) continue;
            var c = path[i];
            var (frame, _) = Look(setup, shot, set, watched, c, aspect);
            var cars = vehicles[Math.Min(i / CheckEvery, vehicles.Length - 1)];
            float depth = float.PositiveInfinity;
            for (int w = 0; w < n; w++) depth = Math.Min(depth, Flat(watched[w].Position - c));
            // A cut weighs by how much of the body the edge takes (a tenth of the frame's half-width a point).
            double cut = 0;
            for (int w = 0; w < n; w++) cut = Math.Max(cut, FrameEdges.Overflow(frame, aspect, watched[w], shot.Size));
            if (cut > 0) flaws += 1 + (int)(cut * 10);
            // A tangent weighs by how near the upright comes (a quarter of a face's width a point; one across the face, most).
            if (shot.Size >= ShotSize.Medium)
            {
                double nearest = double.PositiveInfinity;
                for (int w = 0; w < n; w++) nearest = Math.Min(nearest, Tangents.Clearance(frame, aspect, watched[w].Eyes, uprights, cars));
                if (nearest < Tangents.Wanted) flaws += 1 + (int)(4 * (Tangents.Wanted - Math.Max(nearest, -1)));
            }
            // A post running up a side of a locked-off frame of people, full or tighter, weighs as a crown over the headroom
            // does (four points a look), so the search trades neither for the other. Between counts it too, but averaged
            // over the shot at a point a look; alone that lets the detective's single keep a post at its edge.
            if (shot.Move == CameraMove.Static && shot.Size >= ShotSize.Full) flaws += 4 * EdgeClutter.Uprights(frame, aspect, uprights, cars, EdgeReach(depth));
            // An over-the-shoulder keeps the listener's head and shoulder nearer than the speaker at the edge of frame, a
            // third of it at most: a near head in the middle is a blur over the face, and a shot without it is no
            // over-the-shoulder. Each weighs as much as a large boat cut by the frame's side does (four points a look).
            if (shot.Type == ShotType.OverTheShoulder && watched.Count >= 2)
                flaws += NearShoulder.Flaws(frame, aspect, watched[0], watched[1]);
            if (canopy)
            {
                // A crown anywhere in the upper half, in a corner as over the heads, weighs by how much of the frame it
                // fills (a point for each 2 % of it); one bearing down on the headroom weighs once more.
                var (crowns, overhead) = Foreground.Overhead(frame, aspect, set, depth);
                if (crowns > CrownsAllowed) flaws += 1 + (int)(crowns * 50);
                if (overhead > ForegroundAllowed) flaws++;
            }
            // A parked car or a boat in the foreground at all, however little of the frame it takes.
            var others = cars.Without(watched.Take(n).Select(w => w.Position));
            if (others.Count > 0)
            {
                double car = Foreground.Occluded(frame, aspect, set with { Volumes = SetVolumes.Empty }, depth - 0.3f, others);
                if (car > VehicleForegroundAllowed) flaws += 1 + (int)(car * 40);
            }
        }
        return flaws + Between(candidate, set, vehicles, subjects, shot, aspect, last, uprights);
    }

    /// <summary>The share of the whole frame crowns may fill in its upper half before a frame of people counts as flawed.</summary>
    internal const double CrownsAllowed = 0.015;

    /// <summary>How far (metres, on the ground) an upright along a side of the frame counts, for people at depth metres.</summary>
    static float EdgeReach(float depth) => 1.5f * depth + 2f;

    /// <summary>How often (substeps) the frame is looked at between the start, middle and end: twice a second.</summary>
    const int BetweenEvery = 120;

    /// <summary>
    /// Looked for twice a second, since a driving car crosses the frame and a moving camera swings its edges past
    /// the people between the start, middle and end: a car, a boat or a rover large in the picture and cut by a side of
    /// the frame (<see cref="EdgeClutter.CutVehicles"/>), a mast or a post running up a side of it
    /// (<see cref="EdgeClutter.Uprights"/>) or standing before the people anywhere in it, splitting the picture
    /// (<see cref="EdgeClutter.Dividers"/>), and, for a moving shot, a subject cut by the frame's edge
    /// (<see cref="FrameEdges"/>). A frame of nobody (a harbour at dawn) is held to the same, with what stands nearer
    /// than its anchor as the foreground. Weighted as three samples, so a long shot counts no more than a short one.
    /// </summary>
    static int Between(Candidate candidate, SetGeometry set, PictureVehicles[] vehicles, SubjectSamples subjects, Shot shot, float aspect, int last,
        Tangents.Upright[] uprights)
    {
        var path = candidate.Actual;
        var setup = candidate.Setup;
        bool moving = shot.Move != CameraMove.Static;
        double weight = 0;
        int samples = 0;
        for (int i = 0; ; i = Math.Min(i + BetweenEvery, last))
        {
            samples++;
            var cars = vehicles[Math.Min(i / CheckEvery, vehicles.Length - 1)];
            var watched = subjects.At(i);
            int n = Framed(shot.Type, watched.Count);
            var (frame, anchor) = Look(setup, shot, set, watched, path[i], aspect);
            // Everything nearer than the nearest person framed is foreground; with nobody, nearer than the anchor.
            float depth = float.PositiveInfinity;
            for (int w = 0; w < n; w++) depth = Math.Min(depth, Flat(watched[w].Position - path[i]));
            if (n == 0) depth = MathF.Max(Flat(anchor - path[i]), EmptyForeground);
            if (cars.Count > 0)
            {
                int hits = EdgeClutter.CutVehicles(frame, aspect, set, cars.Without(watched.Take(n).Select(w => w.Position)), depth,
                    background: n == 0 || shot.Size < ShotSize.Medium);
                // Weighed above a post, so a spot that trades a post for a cut car is not taken for it.
                if (hits > 0) weight += 2 + hits / 4.0;
            }
            // A mast or a post running up a side of the frame, nearer than the people or not far past them, and one
            // before them anywhere in the picture.
            weight += EdgeClutter.Uprights(frame, aspect, uprights, cars, EdgeReach(depth));
            weight += EdgeClutter.Dividers(frame, aspect, uprights, cars, depth);
            if (moving && n > 0)
            {
                double cut = 0;
                for (int w = 0; w < n; w++) cut = Math.Max(cut, FrameEdges.Overflow(frame, aspect, watched[w], shot.Size));
                if (cut > 0) weight += 1 + cut * 10;
            }
            if (i == last) break;
        }
        return (int)Math.Ceiling(3 * weight / samples);
    }

    static float Flat(Vector3 v) => MathF.Sqrt(v.X * v.X + v.Z * v.Z);

    /// <summary>How many of the watched a shot of this type frames: one for a single or an over-the-shoulder, two for a two-shot, else all.</summary>
    static int Framed(ShotType type, int watched) =>
        type is ShotType.Single or ShotType.OverTheShoulder ? Math.Min(1, watched) : type == ShotType.TwoShot ? Math.Min(2, watched) : watched;

    /// <summary>The frame a setup sees from a lens position, aimed at its anchor (a static shot's fixed one, else the watched's).</summary>
    static (CameraFrame Frame, Vector3 Anchor) Look(CameraSetup setup, Shot shot, SetGeometry set, IReadOnlyList<ActorState> watched, Vector3 lens, float aspect)
    {
        float fov = CameraFrame.FovForFocalLength(setup.FocalLength);
        var anchor = shot.Move == CameraMove.Static ? setup.Anchor : Framing.Anchor(shot.Type, watched, set);
        var (forward, up) = Framing.Aim(lens, anchor, setup.ScreenX, setup.ScreenY, Math.Tan(fov / 2), aspect);
        return (new CameraFrame(lens, forward, up, fov, 1, 8), anchor);
    }

    /// <summary>In a frame of nobody, the depth (metres, on the ground) within which anything standing is foreground.</summary>
    const float EmptyForeground = 6f;

    /// <summary>How far (metres) the lens keeps from a picture vehicle's box.</summary>
    const float VehicleClearance = 0.3f;

    /// <summary>How far (metres, on the ground) the lens keeps from a background extra.</summary>
    const float ExtraClearance = 1.4f;

    /// <summary>How far (metres) the planned lens keeps from any volume of the set (a crown, a trunk, a pan).</summary>
    internal const float LensClearance = 0.2f;

    /// <summary>Closer than this (metres, on the ground) a subject's eyes count against a camera position.</summary>
    const float NearLens = 0.9f;

    /// <summary>Whether the segment from a to b passes through the box (slab test).</summary>
    internal static bool Hits(Vector3 a, Vector3 b, Aabb box)
    {
        double t0 = 0, t1 = 1;
        for (int axis = 0; axis < 3; axis++)
        {
            double o = a[axis], d = b[axis] - a[axis], min = box.Min[axis], max = box.Max[axis];
            if (Math.Abs(d) < 1e-9)
            {
                if (o < min || o > max) return false;
                continue;
            }
            double u = (min - o) / d, w = (max - o) / d;
            if (u > w) (u, w) = (w, u);
            t0 = Math.Max(t0, u);
            t1 = Math.Min(t1, w);
            if (t0 > t1) return false;
        }
        return true;
    }

    static readonly CameraRig Unlimited = new("operator", double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity);

    /// <summary>
    /// Critically damped third-order tracking (a triple pole at −ω) with the desired path's own velocity and
    /// acceleration fed forward, integrated at the fixed substep from the desired state at the shot's start.
    /// Jerk and acceleration are clamped to the rig, so the result is C2 and within limits by construction.
    /// </summary>
    static void Smooth(Vector3[] desired, double omega, CameraRig rig, Vector3[] position, Vector3[] velocity, double share)
    {
        int n = desired.Length;
        float dt = (float)Step, w = (float)omega;
        float jerkLimit = (float)(share * rig.MaxJerk), accelerationLimit = (float)(share * rig.MaxAcceleration);
        var p = desired[0];
        var v = n > 1 ? (desired[1] - desired[0]) / dt : Vector3.Zero;
        var a = Vector3.Zero;
        for (int i = 0; i < n; i++)
        {
            position[i] = p;
            velocity[i] = v;
            var xd = desired[i];
            var vd = (desired[Math.Min(i + 1, n - 1)] - desired[Math.Max(i - 1, 0)]) / (dt * (i == 0 || i == n - 1 ? 1 : 2));
            var ad = i == 0 || i == n - 1 ? Vector3.Zero : (desired[i + 1] - 2 * desired[i] + desired[i - 1]) / (dt * dt);
            var j = w * w * w * (xd - p) + 3 * w * w * (vd - v) + 3 * w * (ad - a);
            j = Clamp(j, jerkLimit);
            a = Clamp(a + j * dt, accelerationLimit);
            v += a * dt;
            p += v * dt;
        }
    }

    /// <summary>Share of the rig's turn rate the aim may use; lead room easing across a pan and rounding take the rest.</summary>
    const double AimShare = 0.8;

    /// <summary>
    /// Re-aims the anchor through a critically damped look-at (ω = 8 rad/s, the target's own turn fed forward)
    /// on the aim's yaw and pitch as seen from the camera, with the turn rate clamped to maxTurn (rad/s) and its
    /// change to 4·maxTurn per second, so the view direction never whips round after a quick head turn or a
    /// subject passing close. Distances to the anchor are kept, so focus still follows.
    /// </summary>
    static void LimitTurn(Vector3[] position, Vector3[] anchor, Vector3[] anchorVelocity, double maxTurn)
    {
        int n = anchor.Length;
        if (n < 2) return;
        double dt = Step, w = 8.0, maxChange = 4 * maxTurn;
        var yaw = new double[n];
        var pitch = new double[n];
        var distance = new float[n];
        for (int i = 0; i < n; i++)
        {
            var d = anchor[i] - position[i];
            distance[i] = Math.Max(d.Length(), 1e-3f);
            var u = d / distance[i];
            pitch[i] = Math.Asin(Math.Clamp(u.Y, -1f, 1f));
            double y = Yaw.Of(d);
            yaw[i] = i == 0 ? y : yaw[i - 1] + Yaw.Wrap(y - Yaw.Wrap(yaw[i - 1]));
        }
        double py = yaw[0], pp = pitch[0], vy = 0, vp = 0;
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
            {
                double ty = (yaw[Math.Min(i + 1, n - 1)] - yaw[i - 1]) / ((Math.Min(i + 1, n - 1) - (i - 1)) * dt);
                double tp = (pitch[Math.Min(i + 1, n - 1)] - pitch[i - 1]) / ((Math.Min(i + 1, n - 1) - (i - 1)) * dt);
                double ay = w * w * (yaw[i] - py) + 2 * w * (ty - vy);
                double ap = w * w * (pitch[i] - pp) + 2 * w * (tp - vp);
                double c = Math.Max(Math.Cos(pp), 0.2);
                // Limit the change of turn as seen on the view sphere (yaw shrinks toward the poles).
                double am = Math.Sqrt(ay * c * ay * c + ap * ap);
                if (am > maxChange) { ay *= maxChange / am; ap *= maxChange / am; }
                vy += ay * dt;
                vp += ap * dt;
                double vm = Math.Sqrt(vy * c * vy * c + vp * vp);
                if (vm > maxTurn) { vy *= maxTurn / vm; vp *= maxTurn / vm; }
                py += vy * dt;
                pp = Math.Clamp(pp + vp * dt, -1.45, 1.45);
            }
            double cp = Math.Cos(pp);
            anchor[i] = position[i] + new Vector3((float)(-cp * Math.Sin(py)), (float)Math.Sin(pp), (float)(-cp * Math.Cos(py))) * distance[i];
        }
        var copy = (Vector3[])anchor.Clone();
        Differentiate(copy, anchor, anchorVelocity);
    }

    static void Differentiate(Vector3[] path, Vector3[] position, Vector3[] velocity)
    {
        int n = path.Length;
        float dt = (float)Step;
        for (int i = 0; i < n; i++)
        {
            position[i] = path[i];
            velocity[i] = n < 2 ? Vector3.Zero
                : i == 0 ? (path[1] - path[0]) / dt
                : i == n - 1 ? (path[i] - path[i - 1]) / dt
                : (path[i + 1] - path[i - 1]) / (2 * dt);
        }
    }

    static Vector3 Clamp(Vector3 v, float limit)
    {
        if (float.IsPositiveInfinity(limit)) return v;
        float length = v.Length();
        return length > limit ? v * (limit / length) : v;
    }
}
