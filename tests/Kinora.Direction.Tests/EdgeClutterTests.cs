using System.Collections.Immutable;
using System.Numerics;
using Kinora.World;

namespace Kinora.Direction.Tests;

/// <summary>
/// The framing flaws left on the contact sheets, measured: a tree's crown in an upper corner of the frame, a car
/// large in the picture cut by a side of the frame (parked, or driving through between the start and the middle of
/// the shot), and a pole running up a side of the frame. Each is measured on the planned frame, then the camera is
/// seen to move off it.
/// </summary>
public sealed class EdgeClutterTests
{
    static readonly Material Paint = Material.Matte(new Vector3(0.2f, 0.4f, 0.2f));
    const float Aspect = 16f / 9;

    /// <summary>FakeWorld's street with dressing on it and vehicles parked or driving through it.</summary>
    sealed class Dressed(FakeWorld inner, ImmutableArray<Instance> dressing, Func<double, IReadOnlyList<VehicleShape>>? staged = null,
        ImmutableArray<VehicleShape> parked = default) : IWorldView
    {
        readonly SetGeometry street = Dress(inner.SetFor(0), dressing, parked);

        public Kinora.Production.Production Production => inner.Production;

        public SetGeometry SetFor(int sceneIndex) => sceneIndex % 2 == 0 ? street : inner.SetFor(sceneIndex);

        public ActorState? Actor(string name, double t) => inner.Actor(name, t);

        public IReadOnlyList<VehicleShape> Vehicles(double t) => staged is null || t >= 30 ? [] : staged(t);
    }

    static SetGeometry Dress(SetGeometry set, ImmutableArray<Instance> dressing, ImmutableArray<VehicleShape> parked)
    {
        var instances = set.Instances.AddRange(dressing.IsDefault ? [] : dressing);
        return set with { Instances = instances, Volumes = SetVolumes.Of(instances), ParkedVehicles = parked.IsDefault ? [] : parked };
    }

    static VehicleShape Car(Vector3 at, float heading)
    {
        var design = VehicleDesign.Car(Material.Matte(new Vector3(0.6f, 0.1f, 0.1f)));
        var parts = new List<Instance>();
        design.Draw(at, heading, parts);
        return new VehicleShape("car", VehicleKind.Car, design.Bounds(at, heading), [.. parts]);
    }

    /// <summary>The point at depth metres along the frame's axis that shows at (x, y) in normalised device coordinates.</summary>
    static Vector3 At(CameraFrame frame, float x, float y, float depth)
    {
        float tanHalf = MathF.Tan(frame.VerticalFov / 2);
        var right = Vector3.Normalize(Vector3.Cross(frame.Forward, frame.Up));
        return frame.Position + (frame.Forward + right * (x * tanHalf * Aspect) + frame.Up * (y * tanHalf)) * depth;
    }

    static readonly Shot FullOfAda = new("t", 0, 4, 8, ShotSize.Full, CameraMove.Static, ["ADA"], 35, 4, 30, 1.6, "test");

    static float Depth(CameraFrame frame, ActorState subject) =>
        Vector2.Distance(new(frame.Position.X, frame.Position.Z), new(subject.Position.X, subject.Position.Z));

    [Fact]
    public void A_crown_in_an_upper_corner_counts_though_it_leaves_the_headroom_clear()
    {
        var inner = FakeWorld.Film();
        var planned = CameraTrack.For(FullOfAda, inner).Sample(6);
        var ada = inner.Actor("ADA", 6)!.Value;
        // A crown 8 m out in the upper left corner of the planned picture, hanging 2.5 m up and more.
        var centre = At(planned, -0.85f, 0.55f, 8) with { Y = 3.6f };
        var crown = new Instance(Primitive.Sphere, SetBuilder.Place(centre, new Vector3(3.2f, 2f, 3.2f), Quaternion.Identity), Paint);
        Assert.True(centre.Y - 1 >= 2.2f, $"the crown's underside is {centre.Y - 1:0.0} m up");
        var world = new Dressed(inner, [crown]);
        var set = world.SetFor(0);
        double corner = Foreground.Crowns(planned, Aspect, set, Depth(planned, ada));
        Assert.True(corner > CameraTrack.CrownsAllowed, $"the crown fills {corner:P1} of the upper frame");

        var track = CameraTrack.For(FullOfAda, world);
        foreach (double t in new[] { 4.0, 5.0, 6.0, 7.0, 7.9 })
        {
            var frame = track.Sample(t);
            double crowns = Foreground.Crowns(frame, Aspect, set, Depth(frame, inner.Actor("ADA", t)!.Value));
            Assert.True(crowns <= CameraTrack.CrownsAllowed, $"at {t:0.0} s a crown fills {crowns:P1} of the upper frame ({track.Adjustment})");
        }
    }

    /// <summary>
    /// The planned frame of Ada at 6 s, with a car parked beside the lens, pointing the way it looks, 3.2 m to the right
    /// of its axis: its inner flank enters the lower right of the picture.
    /// </summary>
    static (FakeWorld Inner, CameraFrame Planned, Dressed World) CarAtTheFramesSide()
    {
        var inner = FakeWorld.Film();
        var planned = CameraTrack.For(FullOfAda, inner).Sample(6);
        var along = Vector3.Normalize(planned.Forward with { Y = 0 });
        var right = Vector3.Normalize(Vector3.Cross(along, Vector3.UnitY));
        var car = Car((planned.Position + along * 3 + right * 3.2f) with { Y = 0 }, MathF.Atan2(-along.X, -along.Z));
        return (inner, planned, new Dressed(inner, [], parked: [car]));
    }

    [Fact]
    public void A_parked_car_behind_the_people_counts_in_a_wide_but_not_in_a_tight_frame_of_them()
    {
        var (_, planned, world) = CarAtTheFramesSide();
        var set = world.SetFor(0);
        var cars = PictureVehicles.At(world, set, 6);
        // People a metre and a half from the lens: the car stands beyond them.
        Assert.True(EdgeClutter.CutVehicles(planned, Aspect, set, cars, 1.5f, background: true) >= 3, "a wide counts the cut car behind the people");
        Assert.Equal(0, EdgeClutter.CutVehicles(planned, Aspect, set, cars, 1.5f, background: false));
        // Nearer than the people it is foreground, and counts in a tight frame too.
        Assert.True(EdgeClutter.CutVehicles(planned, Aspect, set, cars, 8f, background: false) >= 3, "a cut car before the people counts");
    }

    [Fact]
    public void A_parked_car_cut_by_the_side_of_the_frame_is_measured_and_the_camera_moves_off_it()
    {
        var (inner, planned, world) = CarAtTheFramesSide();
        var set = world.SetFor(0);
        Assert.True(EdgeClutter.CutVehicles(planned, Aspect, set, world, 6, [], 4) >= 3, "the planned frame cuts the car");
        // The same car wholly out of the picture is not cut.
        var away = new Dressed(inner, [], parked: [Car(At(planned, 3, 0, 5) with { Y = 0 }, 0.3f)]);
        Assert.Equal(0, EdgeClutter.CutVehicles(planned, Aspect, away.SetFor(0), away, 6, [], 4));

        var track = CameraTrack.For(FullOfAda, world);
        foreach (double t in new[] { 4.0, 5.0, 6.0, 7.0, 7.9 })
            Assert.True(EdgeClutter.CutVehicles(track.Sample(t), Aspect, set, world, t, [], 4) == 0, $"at {t:0.0} s the car is cut by the frame ({track.Adjustment})");
    }

    [Fact]
    public void A_car_driving_past_the_lens_is_cut_between_the_start_and_the_middle_and_whole_or_out_at_them()
    {
        var inner = FakeWorld.Film();
        var planned = CameraTrack.For(FullOfAda, inner).Sample(6);
        // It drives at 8 m/s away from the lens, 3.2 m to the right of its axis, its inner flank in the lower right of
        // the picture at 5 s: behind the lens at 4 s, beyond her at 6 and 8 s.
        var along = Vector3.Normalize(planned.Forward with { Y = 0 });
        var right = Vector3.Normalize(Vector3.Cross(along, Vector3.UnitY));
        var onEdge = (planned.Position + along * 3 + right * 3.2f) with { Y = 0 };
        float heading = MathF.Atan2(-along.X, -along.Z);
        IReadOnlyList<VehicleShape> Driving(double t) => [Car(onEdge + along * (float)(8 * (t - 5)), heading)];
        var world = new Dressed(inner, [], Driving);
        var set = world.SetFor(0);
        Assert.True(EdgeClutter.CutVehicles(planned, Aspect, set, world, 5, [], 4) >= 3, "the planned frame cuts the car at 5 s");
        foreach (double t in new[] { 4.0, 6.0, 8.0 })
            Assert.True(EdgeClutter.CutVehicles(planned, Aspect, set, world, t, [], 4) == 0, $"at {t:0.0} s the planned frame cuts the car");

        // Behind her a car passing through the picture is traffic: only one nearer than the people counts.
        Assert.True(EdgeClutter.CutVehicles(planned, Aspect, set, world, 5, [], 0.5f) == 0, "a driving car beyond the people counts");
    }

    [Fact]
    public void A_pole_running_up_a_side_of_a_panning_frame_counts_and_the_camera_moves_off_it()
    {
        var inner = FakeWorld.Film();
        var planned = CameraTrack.For(FullOfAda, inner).Sample(6);
        var ada = inner.Actor("ADA", 6)!.Value;
        // A 6 m mast 3 m out, standing just inside the left edge of the planned picture.
        var foot = At(planned, -0.92f, 0, 3) with { Y = 0 };
        var mast = new Instance(Primitive.Cylinder, SetBuilder.Place(foot + new Vector3(0, 3, 0), new Vector3(0.12f, 6, 0.12f), Quaternion.Identity), Paint);
        var world = new Dressed(inner, [mast]);
        var set = world.SetFor(0);
        float reach = 1.5f * Depth(planned, ada) + 2;
        Assert.Equal(1, EdgeClutter.Uprights(planned, Aspect, set, world, 6, reach));
        // In the middle of the picture it is a tangent's business, not the edge's.
        var middle = new Dressed(inner, [new Instance(Primitive.Cylinder, SetBuilder.Place((At(planned, 0.3f, 0, 3) with { Y = 0 }) + new Vector3(0, 3, 0), new Vector3(0.12f, 6, 0.12f), Quaternion.Identity), Paint)]);
        Assert.Equal(0, EdgeClutter.Uprights(planned, Aspect, middle.SetFor(0), middle, 6, reach));

        // A pan (the kind of move that sweeps a mast along a side of the frame) of her standing still.
        var track = CameraTrack.For(FullOfAda with { Move = CameraMove.Pan }, world);
        foreach (double t in new[] { 4.0, 6.0, 7.9 })
        {
            var frame = track.Sample(t);
            Assert.Equal(0, EdgeClutter.Uprights(frame, Aspect, set, world, t, 1.5f * Depth(frame, inner.Actor("ADA", t)!.Value) + 2));
        }
    }

    [Fact]
    public void A_post_at_a_side_of_a_locked_off_frame_counts_and_the_camera_moves_off_it()
    {
        var inner = FakeWorld.Film();
        var planned = CameraTrack.For(FullOfAda, inner).Sample(6);
        var ada = inner.Actor("ADA", 6)!.Value;
        // A 6 m lamp post 3 m out, just inside the right edge of the planned picture: nearer than her, it leans in over
        // most of the frame's height.
        var foot = At(planned, 0.92f, 0, 3) with { Y = 0 };
        var post = new Instance(Primitive.Cylinder, SetBuilder.Place(foot + new Vector3(0, 3, 0), new Vector3(0.12f, 6, 0.12f), Quaternion.Identity), Paint);
        var world = new Dressed(inner, [post]);
        var set = world.SetFor(0);
        Assert.Equal(1, EdgeClutter.Uprights(planned, Aspect, set, world, 6, Depth(planned, ada)));

        // Locked off, the crew steps off it as it would for a pan.
        var track = CameraTrack.For(FullOfAda, world);
        var frame = track.Sample(6);
        Assert.True(EdgeClutter.Uprights(frame, Aspect, set, world, 6, 1.5f * Depth(frame, ada) + 2) == 0, $"the post still runs up a side ({track.Adjustment})");
    }

    [Fact]
    public void A_post_before_her_splits_a_locked_off_frame_and_the_camera_moves_off_it()
    {
        var inner = FakeWorld.Film();
        var planned = CameraTrack.For(FullOfAda, inner).Sample(6);
        var ada = inner.Actor("ADA", 6)!.Value;
        float depth = Depth(planned, ada);
        // A 6 m post halfway to her, a third of the way out from the middle of the picture.
        var foot = At(planned, -0.35f, 0, depth / 2) with { Y = 0 };
        var post = new Instance(Primitive.Cylinder, SetBuilder.Place(foot + new Vector3(0, 3, 0), new Vector3(0.12f, 6, 0.12f), Quaternion.Identity), Paint);
        var world = new Dressed(inner, [post]);
        var set = world.SetFor(0);
        Assert.Equal(1, EdgeClutter.Dividers(planned, Aspect, set, world, 6, depth));
        // The same post beyond her is the street behind, not a divider.
        var behind = new Dressed(inner, [new Instance(Primitive.Cylinder,
            SetBuilder.Place((At(planned, -0.35f, 0, depth + 4) with { Y = 0 }) + new Vector3(0, 3, 0), new Vector3(0.12f, 6, 0.12f), Quaternion.Identity), Paint)]);
        Assert.Equal(0, EdgeClutter.Dividers(planned, Aspect, behind.SetFor(0), behind, 6, depth));

        var track = CameraTrack.For(FullOfAda, world);
        var frame = track.Sample(6);
        Assert.True(EdgeClutter.Dividers(frame, Aspect, set, world, 6, Depth(frame, ada)) == 0, $"the post still splits the frame ({track.Adjustment})");
    }

    [Fact]
    public void A_car_cut_by_the_side_of_a_frame_of_nobody_counts_and_the_camera_moves_off_it()
    {
        var inner = FakeWorld.Film();
        // The establishing wide of the empty street, from a crane's height.
        var empty = new Shot("e", 0, 4, 8, ShotSize.ExtremeWide, CameraMove.Static, [], 18, 8, 0, 3.5, "establishing") { Type = ShotType.Group };
        var planned = CameraTrack.For(empty, inner).Sample(6);
        var along = Vector3.Normalize(planned.Forward with { Y = 0 });
        var right = Vector3.Normalize(Vector3.Cross(along, Vector3.UnitY));
        // Parked 5 m out with its inner flank in the lower right of the picture, looked down on.
        float half = MathF.Tan(planned.VerticalFov / 2) * Aspect * 5;
        var car = Car((planned.Position + along * 5 + right * (half + 0.4f)) with { Y = 0 }, MathF.Atan2(-along.X, -along.Z));
        var world = new Dressed(inner, [], parked: [car]);
        var set = world.SetFor(0);
        Assert.True(EdgeClutter.CutVehicles(planned, Aspect, set, world, 6, [], 6) > 0, "the planned frame cuts the car");

        var track = CameraTrack.For(empty, world);
        foreach (double t in new[] { 4.0, 6.0, 7.9 })
            Assert.True(EdgeClutter.CutVehicles(track.Sample(t), Aspect, set, world, t, [], 6) == 0, $"at {t:0.0} s the car is cut by the frame ({track.Adjustment})");
    }
}
