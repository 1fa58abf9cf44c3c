using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// The operator's arithmetic: how far to stand for a shot size on a lens, where to aim so the eyes sit on the
/// upper third line with room in front of the look, and how to turn that into a forward and up vector.
/// </summary>
internal static class Framing
{
    /// <summary>The upper third line in normalised device coordinates.</summary>
    public const float UpperThird = 1f / 3f;

    /// <summary>A stand-in height (metres) for shots of an empty set.</summary>
    const float NobodyHeight = 1.75f;

    /// <summary>
    /// How much of a person's height the frame holds at their distance, by size. With the eyes on the upper
    /// third these put the bottom edge near: EWS far below the feet, WS below the feet, FS at the feet, MS at the
    /// waist, MCU mid-chest, CU at the collar, ECU at the chin.
    /// </summary>
    public static double VisibleHeight(ShotSize size) => size switch
    {
        ShotSize.ExtremeWide => 8.0,
        ShotSize.Wide => 3.2,
        ShotSize.Full => 1.5,
        ShotSize.Medium => 0.6,
        ShotSize.MediumClose => 0.33,
        ShotSize.Close => 0.2,
        ShotSize.ExtremeClose => 0.1,
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    public static float Ground(SetGeometry set) => set.Stage.Min.Y;

    /// <summary>Lowest and highest camera heights (absolute, metres) the set allows.</summary>
    public static (float Low, float High) HeightLimits(SetGeometry set)
    {
        float low = Ground(set) + 0.35f;
        float high = set.Interior && set.CeilingHeight > 0 ? Ground(set) + set.CeilingHeight - 0.25f : Ground(set) + 60f;
        return (low, Math.Max(low, high));
    }

    /// <summary>
    /// The yaw that the shot's Angle is measured from: the subject's facing for a single, the line from the
    /// first subject to the second for two-shots and groups, −Z for the empty set.
    /// </summary>
    public static double ReferenceYaw(ShotType type, IReadOnlyList<ActorState> subjects)
    {
        if (subjects.Count == 0) return 0;
        if (subjects.Count >= 2 && type is ShotType.TwoShot or ShotType.Group)
        {
            var line = subjects[1].Position - subjects[0].Position;
            if (line.X * line.X + line.Z * line.Z > 1e-4f) return Yaw.Of(line);
        }
        return subjects[0].Facing;
    }

    /// <summary>The point the framing is built on: the primary's eyes, or the centre of everyone's eyes.</summary>
    public static Vector3 Anchor(ShotType type, IReadOnlyList<ActorState> subjects, SetGeometry set)
    {
        if (subjects.Count == 0) return new Vector3(set.Stage.Centre.X, Ground(set) + 1.6f, set.Stage.Centre.Z);
        if (type is ShotType.Single or ShotType.OverTheShoulder || subjects.Count == 1) return subjects[0].Eyes;
        int n = type == ShotType.TwoShot ? Math.Min(2, subjects.Count) : subjects.Count;
        var sum = Vector3.Zero;
        for (int i = 0; i < n; i++) sum += subjects[i].Eyes;
        return sum / n;
    }

    /// <summary>
    /// Solves the planned setup for a shot at one instant. angleOffset (radians) swings the camera around the
    /// anchor; closer below 1 brings it in, widening the lens by the same factor so the size holds, and above 1 takes it
    /// back on a longer lens.
    /// </summary>
    public static CameraSetup Solve(Shot shot, IReadOnlyList<ActorState> subjects, SetGeometry set, float aspect,
        double angleOffset = 0, double closer = 1)
    {
        var anchor = Anchor(shot.Type, subjects, set);
        double bearing = Yaw.Wrap(ReferenceYaw(shot.Type, subjects) + Yaw.Radians(shot.Angle));
        double tanHalf = Math.Tan(CameraFrame.FovForFocalLength(shot.FocalLength) / 2);
        double height = subjects.Count == 0 ? NobodyHeight : subjects[0].Height;
        double slant = VisibleHeight(shot.Size) * height / 2 / tanHalf;
        // An over-the-shoulder's angle is where the near shoulder falls at the edge; a swing to clear the set turns from there.
        if (shot.Type == ShotType.OverTheShoulder && subjects.Count >= 2)
            bearing = OverTheShoulder(bearing, anchor, slant, shot, subjects, set, aspect);
        bearing = Yaw.Wrap(bearing + angleOffset);

        // Groups need the frame wide enough for everyone, with room to spare at each side: half a body's width and more
        // in a full or wider frame, a shoulder's in a medium or closer two-shot, which fills the frame's middle with the pair.
        if (subjects.Count >= 2 && shot.Type is ShotType.TwoShot or ShotType.Group)
        {
            var lateral = Yaw.Left(Yaw.Direction(bearing));
            int n = shot.Type == ShotType.TwoShot ? 2 : subjects.Count;
            double spread = 0;
            for (int i = 0; i < n; i++) spread = Math.Max(spread, Math.Abs(Vector3.Dot(subjects[i].Eyes - anchor, lateral)));
            double width = 2 * spread + (shot.Size >= ShotSize.Medium ? ShoulderRoom : 1.2);
            slant = Math.Max(slant, width / (2 * tanHalf * aspect * 0.8));
        }

        var (low, high) = HeightLimits(set);
        double cameraY = Math.Clamp(Ground(set) + shot.Height, low, high);
        double dy = cameraY - anchor.Y;
        double distance = Math.Sqrt(Math.Max(slant * slant - dy * dy, 0.35 * 0.35 * slant * slant));

        // Coming closer on a proportionally wider lens keeps the size; below the widest prime it tightens instead.
        // The camera comes in along its line of sight, so it keeps its angle on the subject: a wide brought in to a
        // third of its distance in a small kitchen comes down toward the eye-line instead of staying at 2.2 m and
        // looking down on the tops of heads through the hanging pans.
        distance *= closer;
        cameraY = Math.Clamp(anchor.Y + dy * closer, low, high);
        double focal = Math.Max(Lens.Widest, shot.FocalLength * closer);

        // However high the shot or its riser, the lens looks down on people no steeper than a crew's high angle.
        if (subjects.Count > 0 && cameraY - anchor.Y > distance * Math.Tan(MaxLookDown(shot.Size)))
            cameraY = Math.Clamp(anchor.Y + distance * Math.Tan(MaxLookDown(shot.Size)), low, high);

        var setup = new CameraSetup(anchor, bearing, distance, cameraY, focal, 0, UpperThird);
        setup = subjects.Count >= 2 && shot.Type is ShotType.TwoShot or ShotType.Group
            ? Fit(setup, shot.Type, subjects, aspect, stepBack: closer >= 1)
            : setup with { ScreenX = LeadRoom(shot.Type, subjects, setup) };
        // A pan or a tilt turns the head after its subject, so its tilt is the subject's to give; a frame that holds
        // a place (locked off, or moving the camera round it) is levelled.
        return shot.Move is CameraMove.Pan or CameraMove.Tilt ? setup : Level(setup, shot.Size, aspect);
    }

    /// <summary>Room (metres, both sides together) a medium or closer two-shot leaves beyond the pair's eyes: a shoulder each side.</summary>
    const double ShoulderRoom = 0.6;

    /// <summary>
    /// The steepest a camera looks down on the people it frames (radians, from their eyes): an extreme wide may take
    /// a high vantage, every other size stays near the eye-line.
    /// </summary>
    public static double MaxLookDown(ShotSize size) => size == ShotSize.ExtremeWide ? Yaw.Radians(30) : Yaw.Radians(20);

    /// <summary>
    /// The most a lens of this focal length (mm) may tilt off level in a wide, full or extreme wide (radians). A
    /// tilted short lens leans every wall and post toward the frame's edge (on 12 mm, 18° down reads as a canted
    /// top-down view), so tan(tilt) × tan(half the horizontal field), how far the frame's sides lean, stays under a
    /// quarter, and the tilt never passes 25°: 8° on 12 mm, 12° on 18 mm, 18° on 28 mm.
    /// </summary>
    public static double MaxTilt(double focalLength, float aspect)
    {
        double tanHalfWidth = Math.Tan(CameraFrame.FovForFocalLength(focalLength) / 2) * aspect;
        return Math.Min(Math.Atan(0.25 / tanHalfWidth), Yaw.Radians(25));
    }

    /// <summary>The lowest the anchor may sit in frame (normalised device coordinates) when levelling a tilted lens.</summary>
    const float LowestAnchor = -0.5f;

    /// <summary>
    /// Keeps a wide lens nearly level: where putting the eyes on the upper third would tilt a wide, full or extreme
    /// wide past <see cref="MaxTilt"/>, the eyes sit lower in frame instead (no lower than <see cref="LowestAnchor"/>),
    /// as an operator levels the head and lets the wide take in the room.
    /// </summary>
    public static CameraSetup Level(CameraSetup setup, ShotSize size, float aspect)
    {
        double limit = MaxTilt(setup.FocalLength, aspect);
        if (size > ShotSize.Full || setup.ScreenY <= LowestAnchor || Pitch(setup, setup.ScreenY, aspect) >= -limit) return setup;
        // The lens tilts further down the higher the anchor sits in frame: find the highest place that keeps to the limit.
        double lo = LowestAnchor, hi = setup.ScreenY;
        for (int i = 0; i < 24; i++)
        {
            double mid = (lo + hi) / 2;
            if (Pitch(setup, (float)mid, aspect) < -limit) hi = mid;
            else lo = mid;
        }
        return setup with { ScreenY = (float)lo };
    }

    /// <summary>The lens's pitch (radians, positive up) when the setup puts its anchor at screenY.</summary>
    public static double Pitch(CameraSetup setup, float screenY, float aspect)
    {
        double tanHalf = Math.Tan(CameraFrame.FovForFocalLength(setup.FocalLength) / 2);
        var (forward, _) = Aim(setup.Camera, setup.Anchor, setup.ScreenX, screenY, tanHalf, aspect);
        return Math.Asin(Math.Clamp(forward.Y, -1f, 1f));
    }

    /// <summary>
    /// Where an over-the-shoulder puts the near head's eyes (normalised device coordinates, on the side away from the
    /// speaker): most of the head and the shoulder past the frame's edge, a sliver of them in it, so the far face reads.
    /// </summary>
    public const float ShoulderEdge = 0.85f;

    /// <summary>How far (metres) an over-the-shoulder's camera keeps from the pair's line as it swings to put the near head at the edge.</summary>
    const double PairLineMargin = 0.3;

    /// <summary>How far (radians) an over-the-shoulder swings round the speaker to bring the near head to the edge.</summary>
    static readonly double ShoulderSwing = Yaw.Radians(35);

    /// <summary>
    /// The bearing (radians) that swings an over-the-shoulder round the speaker, at the distance its size asks for
    /// (slant, metres along the line of sight), until the listener's head sits at <see cref="ShoulderEdge"/> on the side
    /// opposite the speaker, nearer the lens than the speaker. The planned angle alone puts the near head wherever the
    /// two happen to stand: a step closer together and it hangs in the middle of the frame, a soft blob in front of the
    /// face; a step further apart and the camera stands beside the listener, not behind them. The nearest to the edge
    /// wins, a swing to the limit costing as much as a tenth of the frame's half-width, never across the pair's line;
    /// the planned bearing when none puts the head on its side.
    /// </summary>
    static double OverTheShoulder(double bearing, Vector3 anchor, double slant, Shot shot, IReadOnlyList<ActorState> subjects, SetGeometry set, float aspect)
    {
        var (low, high) = HeightLimits(set);
        double cameraY = Math.Clamp(Ground(set) + shot.Height, low, high);
        double dy = cameraY - anchor.Y;
        double distance = Math.Sqrt(Math.Max(slant * slant - dy * dy, 0.35 * 0.35 * slant * slant));
        double tanHalf = Math.Tan(CameraFrame.FovForFocalLength(shot.FocalLength) / 2);
        double best = bearing, bestCost = double.PositiveInfinity;
        // The planned camera's side of the pair's line: the search never takes it across, nor onto the line.
        var across = Yaw.Left(subjects[1].Position - subjects[0].Position);
        double Side(double b) => Vector3.Dot(new CameraSetup(anchor, b, distance, cameraY, shot.FocalLength, 0, UpperThird).Camera - subjects[0].Position, across);
        int side = Math.Sign(Side(bearing));
        for (int k = 0; k <= 28; k++)
        {
            // 0, +2.5°, −2.5°, +5°, … out to the swing's limit.
            double swing = (k + 1) / 2 * ShoulderSwing / 14 * (k % 2 == 1 ? 1 : -1);
            // Never round past the speaker's look: that is the pair's line.
            double angle = shot.Angle + Yaw.Degrees(swing);
            if (shot.Angle != 0 && (Math.Sign(angle) != Math.Sign(shot.Angle) || Math.Abs(angle) < 5)) continue;
            if (side == 0 || Side(bearing + swing) * side < PairLineMargin) continue;
            var setup = new CameraSetup(anchor, Yaw.Wrap(bearing + swing), distance, cameraY, shot.FocalLength, 0, UpperThird);
            setup = setup with { ScreenX = LeadRoom(ShotType.OverTheShoulder, subjects, setup) };
            if (NearHead(setup, subjects[0], subjects[1], tanHalf, aspect) is not { } x) continue;
            double cost = Math.Abs(Math.Abs(x) - ShoulderEdge) + 0.1 * Math.Abs(swing) / ShoulderSwing;
            if (cost < bestCost) (best, bestCost) = (setup.Bearing, cost);
        }
        return best;
    }

    /// <summary>
    /// Where the listener's eyes fall across the frame (x, normalised device coordinates) from a setup, or null when
    /// they are not the foreground of it: not nearer the lens than the speaker, or on the speaker's side of the frame.
    /// </summary>
    static float? NearHead(CameraSetup setup, ActorState speaker, ActorState listener, double tanHalf, float aspect)
    {
        var camera = setup.Camera;
        if (Vector3.Distance(camera, listener.Eyes) > NearShoulder.Nearer * Vector3.Distance(camera, speaker.Eyes)) return null;
        var (forward, up) = Aim(camera, setup.Anchor, setup.ScreenX, setup.ScreenY, tanHalf, aspect);
        var frame = new CameraFrame(camera, forward, up, (float)(2 * Math.Atan(tanHalf)), 1, 1);
        if (!frame.TryProject(listener.Eyes, aspect, out var ndc)) return null;
        if (setup.ScreenX != 0 && Math.Sign(ndc.X) == Math.Sign(setup.ScreenX)) return null;
        return ndc.X;
    }

    /// <summary>
    /// Perspective puts the nearer of two people further off-centre than the width estimate allows; check
    /// everyone's eyes through the real aim and step back (or, where the camera is hemmed in, widen the lens)
    /// until they sit inside the middle 80 % of the frame.
    /// </summary>
    static CameraSetup Fit(CameraSetup setup, ShotType type, IReadOnlyList<ActorState> subjects, float aspect, bool stepBack)
    {
        int n = type == ShotType.TwoShot ? 2 : subjects.Count;
        for (int attempt = 0; attempt < 8; attempt++)
        {
            float fov = CameraFrame.FovForFocalLength(setup.FocalLength);
            var camera = setup.Camera;
            var (forward, up) = Aim(camera, setup.Anchor, setup.ScreenX, setup.ScreenY, Math.Tan(fov / 2), aspect);
            var frame = new CameraFrame(camera, forward, up, fov, 1, 1);
            double widest = 0;
            for (int i = 0; i < n; i++)
                widest = Math.Max(widest, frame.TryProject(subjects[i].Eyes, aspect, out var ndc) ? Math.Max(Math.Abs(ndc.X), Math.Abs(ndc.Y) * 0.9) : 10);
            if (widest <= 0.8) break;
            double grow = Math.Min(widest / 0.8, 2) * 1.05;
            setup = stepBack || setup.FocalLength <= Lens.Widest
                ? setup with { Distance = setup.Distance * grow }
                : setup with { FocalLength = Math.Max(Lens.Widest, setup.FocalLength / grow) };
        }
        return setup;
    }

    /// <summary>
    /// Horizontal placement of the anchor: a single looks into the open side of the frame, an over-the-shoulder
    /// puts the speaker opposite the shoulder, two-shots and groups sit centred.
    /// </summary>
    public static float LeadRoom(ShotType type, IReadOnlyList<ActorState> subjects, CameraSetup setup)
    {
        if (subjects.Count == 0 || type is ShotType.TwoShot or ShotType.Group) return 0;
        var look = -Yaw.Direction(setup.Bearing);
        var right = -Yaw.Left(look);
        var primary = subjects[0];
        if (type == ShotType.OverTheShoulder && subjects.Count >= 2)
        {
            float side = Vector3.Dot(subjects[1].Position - primary.Position, right);
            if (Math.Abs(side) > 0.1f) return -Math.Sign(side) * UpperThird;
        }
        var velocity = primary.Velocity with { Y = 0 };
        var interest = velocity.Length() > 0.4f ? Vector3.Normalize(velocity) : primary.Forward;
        float toward = Vector3.Dot(interest, right);
        return -Math.Clamp(1.5f * toward, -1f, 1f) * UpperThird;
    }

    /// <summary>
    /// The forward and up vectors (no roll) that put the anchor at (screenX, screenY) in normalised device
    /// coordinates for a camera at position with the given half-angle tangent and aspect ratio.
    /// </summary>
    public static (Vector3 Forward, Vector3 Up) Aim(Vector3 position, Vector3 anchor, float screenX, float screenY, double tanHalf, double aspect)
    {
        var toAnchor = anchor - position;
        if (toAnchor.LengthSquared() < 1e-6f) return (-Vector3.UnitZ, Vector3.UnitY);
        var d = Vector3.Normalize(toAnchor);

        // The anchor's direction in camera space before any turn: (vx, vy, −1).
        double vx = screenX * tanHalf * aspect, vy = screenY * tanHalf;
        double length = Math.Sqrt(vx * vx + vy * vy + 1);

        // Tilt: choose pitch so the anchor's elevation matches; vy·cosθ + sinθ = d.y·|v|.
        double r = Math.Sqrt(1 + vy * vy);
        double pitch = Math.Asin(Math.Clamp(d.Y * length / r, -1, 1)) - Math.Atan2(vy, 1);
        pitch = Math.Clamp(pitch, -1.45, 1.45);
        double zAfterPitch = vy * Math.Sin(pitch) - Math.Cos(pitch);

        // Pan: turn the camera-space direction's ground part onto the anchor's.
        double hx = vx, hz = zAfterPitch, dx = d.X, dz = d.Z;
        double yaw = dx * dx + dz * dz < 1e-10 ? 0 : Math.Atan2(hz * dx - hx * dz, hx * dx + hz * dz);

        double cp = Math.Cos(pitch), sp = Math.Sin(pitch), cy = Math.Cos(yaw), sy = Math.Sin(yaw);
        var forward = new Vector3((float)(-cp * sy), (float)sp, (float)(-cp * cy));
        var up = new Vector3((float)(sp * sy), (float)cp, (float)(sp * cy));
        return (forward, up);
    }
}
