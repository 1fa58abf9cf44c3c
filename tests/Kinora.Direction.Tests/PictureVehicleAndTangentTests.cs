using System.Collections.Immutable;
using System.Numerics;
using Kinora.World;

namespace Kinora.Direction.Tests;

/// <summary>
/// Framing flaws from the contact sheets, measured: a car or a boat is solid to the lens like a set piece (it blocks a
/// sightline, fills the foreground, and the camera never stands in it); a pole beside a face is a tangent the camera
/// moves off; a subject cut by the frame's edge is measured as cut.
/// </summary>
public sealed class PictureVehicleAndTangentTests
{
    static readonly Material Paint = Material.Matte(new Vector3(0.6f, 0.1f, 0.1f));
    const float Aspect = 16f / 9;

    /// <summary>FakeWorld's street with extra dressing on it and vehicles staged in it.</summary>
    sealed class Dressed(FakeWorld inner, ImmutableArray<Instance> dressing, IReadOnlyList<VehicleShape> staged, ImmutableArray<VehicleShape> parked = default) : IWorldView
    {
        readonly SetGeometry street = Street(inner.SetFor(0), dressing, parked);

        public Kinora.Production.Production Production => inner.Production;

        public SetGeometry SetFor(int sceneIndex) => sceneIndex % 2 == 0 ? street : inner.SetFor(sceneIndex);

        public ActorState? Actor(string name, double t) => inner.Actor(name, t);

        public IReadOnlyList<VehicleShape> Vehicles(double t) => t < 30 ? staged : [];
    }

    static SetGeometry Street(SetGeometry set, ImmutableArray<Instance> dressing, ImmutableArray<VehicleShape> parked)
    {
        var instances = set.Instances.AddRange(dressing.IsDefault ? [] : dressing);
        return set with { Instances = instances, Volumes = SetVolumes.Of(instances), ParkedVehicles = parked.IsDefault ? [] : parked };
    }

    /// <summary>The open car of the vehicle designs, parked at a spot with a heading.</summary>
    static VehicleShape Car(Vector3 at, float heading)
    {
        var design = VehicleDesign.Car(Paint);
        var parts = new List<Instance>();
        design.Draw(at, heading, parts);
        return new VehicleShape("car", VehicleKind.Car, design.Bounds(at, heading), [.. parts]);
    }

    static Instance Pole(Vector3 foot, float height = 5f) =>
        new(Primitive.Cylinder, SetBuilder.Place(foot + new Vector3(0, height / 2, 0), new Vector3(0.14f, height, 0.14f), Quaternion.Identity), Paint);

    static CameraFrame Look(Vector3 from, Vector3 at, double focal = 35)
    {
        var forward = Vector3.Normalize(at - from);
        var right = Vector3.Normalize(Vector3.Cross(forward, Vector3.UnitY));
        return new CameraFrame(from, forward, Vector3.Cross(right, forward), CameraFrame.FovForFocalLength(focal), Vector3.Distance(from, at), 8);
    }

    [Fact]
    public void A_car_between_the_lens_and_the_subject_blocks_the_sightline()
    {
        var ada = FakeWorld.Film().Actor("ADA", 5)!.Value;
        var camera = ada.Position + new Vector3(0, 0.5f, -8);
        var car = Car(ada.Position + new Vector3(0, 0, -6.5f), 0);
        var world = new Dressed(FakeWorld.Film(), [], [car]);
        var set = world.SetFor(0);
        Assert.False(Sightline.Blocked(camera, ada.Eyes, set, [], "ADA"));
        Assert.True(Sightline.Blocked(camera, ada.Eyes, set, [], "ADA", PictureVehicles.At(world, set, 5)));
    }

    [Fact]
    public void A_car_parked_low_in_the_foreground_counts_as_cover()
    {
        var inner = FakeWorld.Film();
        var ada = inner.Actor("ADA", 5)!.Value;
        // A low lens 7 m off, looking at ADA over the flank of a car parked 2 m before it, to the left of the line.
        var camera = ada.Position + new Vector3(0, 1.2f, -7);
        var car = Car(ada.Position + new Vector3(-1.6f, 0, -4.8f), 0);
        var frame = Look(camera, ada.Eyes, 24);
        // As set dressing alone its flank is below knee height and barely counts; as a parked vehicle it fills the corner.
        var dressed = new Dressed(inner, car.Parts, []);
        double asDressing = Foreground.Occluded(frame, Aspect, dressed.SetFor(0), 6.7f, dressed, 5);
        var parked = new Dressed(inner, car.Parts, [], [car]);
        double asVehicle = Foreground.Occluded(frame, Aspect, parked.SetFor(0), 6.7f, parked, 5);
        Assert.True(asVehicle > CameraTrack.ForegroundAllowed * 2, $"the car covers {asVehicle:P1} of the frame");
        Assert.True(asVehicle > asDressing + 0.02, $"{asVehicle:P1} as a vehicle, {asDressing:P1} as dressing");
    }

    [Fact]
    public void The_camera_never_stands_inside_a_car_parked_on_its_spot()
    {
        var inner = FakeWorld.Film();
        // Straight on to ADA, who faces +X; the car stands across that line, its length along Z.
        var shot = new Shot("t", 0, 4, 8, ShotSize.Medium, CameraMove.Static, ["ADA"], 40, 2.8, 0, 1.2, "test");
        var planned = CameraTrack.For(shot, inner).Sample(6).Position;
        var car = Car(planned with { Y = 0 }, MathF.PI);
        Assert.True(car.Bounds.Contains(planned), "the planned camera stands where the car is parked");
        var world = new Dressed(inner, [], [car]);
        var track = CameraTrack.For(shot, world);
        for (double t = shot.Start; t < shot.End; t += 0.25)
            Assert.False(car.Bounds.Inflate(0.2f).Contains(track.Sample(t).Position), $"at {t:0.00} s the lens at {track.Sample(t).Position} stands in the car");
        var check = CoverageReport.Compute(new ShotList([shot]), [track], world).Shots[0];
        Assert.True(check.Visibility >= 0.9, string.Join("; ", check.Problems));
    }

    [Fact]
    public void A_pole_beside_the_face_is_a_tangent_and_the_camera_moves_off_it()
    {
        var inner = FakeWorld.Film();
        var shot = new Shot("t", 0, 4, 8, ShotSize.MediumClose, CameraMove.Static, ["ADA"], 50, 2.8, 30, 1.6, "test");
        var plannedFrame = CameraTrack.For(shot, inner).Sample(6);
        var eyes = inner.Actor("ADA", 6)!.Value.Eyes;
        // A lamp post 3 m behind her, standing just off her cheek in the planned picture.
        var along = Vector3.Normalize((eyes - plannedFrame.Position) with { Y = 0 });
        var side = Vector3.Normalize(Vector3.Cross(along, Vector3.UnitY));
        float ze = Vector3.Distance(eyes with { Y = 0 }, plannedFrame.Position with { Y = 0 });
        var foot = (eyes + along * 3 + side * (0.2f * (ze + 3) / ze)) with { Y = 0 };
        var world = new Dressed(inner, [Pole(foot)], []);
        var set = world.SetFor(0);
        double before = Tangents.Clearance(plannedFrame, Aspect, eyes, set);
        Assert.True(before < Tangents.Wanted, $"the planned frame keeps the pole {before:0.00} face widths off the face");

        var track = CameraTrack.For(shot, world);
        for (double t = shot.Start; t < shot.End; t += 0.5)
        {
            double clear = Tangents.Clearance(track.Sample(t), Aspect, inner.Actor("ADA", t)!.Value.Eyes, set);
            Assert.True(clear >= Tangents.Wanted, $"at {t:0.00} s the pole stands {clear:0.00} face widths off the face");
        }
    }

    [Fact]
    public void A_subject_cut_by_the_frame_edge_overflows_and_a_framed_one_does_not()
    {
        var ada = FakeWorld.Film().Actor("ADA", 5)!.Value;
        var mid = ada.Position + new Vector3(0, 1, 0);
        // Full shot, 6 m off on a 35 mm lens: the whole body fits with room to spare.
        var framed = Look(mid + new Vector3(0, 0, -6), mid);
        Assert.Equal(0, FrameEdges.Overflow(framed, Aspect, ada, ShotSize.Full));
        // The same lens turned so that she stands at the right edge: her far shoulder leaves the frame.
        var turned = Look(mid + new Vector3(0, 0, -6), mid + new Vector3(-3.3f, 0, 0));
        Assert.True(FrameEdges.Overflow(turned, Aspect, ada, ShotSize.Full) > 0.01);
        // Looking up past her so her feet and waist drop out of the bottom of a full shot.
        var up = Look(mid + new Vector3(0, 0, -6), mid + new Vector3(0, 2.4f, 0));
        Assert.True(FrameEdges.Overflow(up, Aspect, ada, ShotSize.Full) > 0.01);
        // A medium shot means to cut her at the waist: the same framing from a medium's distance is not a fault.
        var medium = Look(ada.Eyes + new Vector3(0, 0, -2.2f), ada.Eyes - new Vector3(0, 0.2f, 0));
        Assert.Equal(0, FrameEdges.Overflow(medium, Aspect, ada, ShotSize.Medium));
    }

    [Fact]
    public void A_crown_over_the_headroom_counts_as_canopy_and_a_wall_behind_does_not()
    {
        var inner = FakeWorld.Film();
        var ada = inner.Actor("ADA", 5)!.Value;
        // A full shot of ADA from 4 m on a 28 mm lens, level with her eyes.
        var camera = ada.Eyes + new Vector3(0, 0, -4);
        var frame = Look(camera, ada.Eyes, 28);
        var crown = new Instance(Primitive.Sphere, SetBuilder.Place(ada.Position + new Vector3(0.5f, 4.2f, 3), new Vector3(3.5f, 2.8f, 3.5f), Quaternion.Identity), Paint);
        var wall = new Instance(Primitive.Box, SetBuilder.Place(ada.Position + new Vector3(0, 4, 6), new Vector3(12, 8, 0.4f), Quaternion.Identity), Paint);
        double withCrown = Foreground.Canopy(frame, Aspect, new Dressed(inner, [crown], []).SetFor(0), 4);
        double withWall = Foreground.Canopy(frame, Aspect, new Dressed(inner, [wall], []).SetFor(0), 4);
        Assert.True(withCrown > CameraTrack.ForegroundAllowed, $"the crown fills {withCrown:P1} of the frame over her head");
        Assert.Equal(0, withWall);
    }
}
