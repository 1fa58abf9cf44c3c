using System.Numerics;

namespace Kinora.World.Tests;

public sealed class VehicleDesignTests
{
    static readonly VehicleDesign Car = VehicleDesign.Car(new Material(new Vector3(0.84f, 0.75f, 0.55f), 0.3f, 0.3f, Vector3.Zero));

    /// <summary>Each part's box in the car's frame (forward +X, right +Z).</summary>
    static IEnumerable<(Aabb Box, Material Material, Primitive Shape)> Boxes(VehicleDesign design) =>
        design.Parts.Select(p => (VehicleStaging.BoundsOf(new Instance(p.Shape, SetBuilder.Place(p.Centre, p.Size, p.Turn), p.Material)), p.Material, p.Shape));

    [Fact]
    public void The_car_stays_within_its_footprint_but_for_the_wheels_outer_faces()
    {
        foreach (var (box, _, _) in Boxes(Car))
        {
            Assert.True(box.Min.Y >= -1e-3f && box.Max.Y <= 2 * Car.HalfSize.Y, $"{box} rises out of the car's height");
            Assert.True(MathF.Abs(box.Min.X) <= Car.HalfSize.X + 0.01f && MathF.Abs(box.Max.X) <= Car.HalfSize.X + 0.01f, $"{box} sticks out of the car's length");
            Assert.True(MathF.Abs(box.Min.Z) <= Car.HalfSize.Z + 0.06f && MathF.Abs(box.Max.Z) <= Car.HalfSize.Z + 0.06f, $"{box} sticks out of the car's width");
        }
    }

    [Fact]
    public void The_car_has_a_raked_windscreen_lamps_front_and_back_bumpers_and_a_bonnet_lower_than_the_screen()
    {
        var parts = Boxes(Car).ToList();
        var glass = Assert.Single(parts, p => p.Material.Glass);
        Assert.True(glass.Box.Max.X - glass.Box.Min.X > 0.1f, "the windscreen leans back");
        Assert.InRange(glass.Box.Max.Y, 1.15f, 1.4f);
        var lamps = parts.Where(p => p.Material.Emission != Vector3.Zero).ToList();
        Assert.Equal(2, lamps.Count(p => p.Box.Min.X > 1.7f && p.Material.Emission.X > 0.5f && p.Material.Emission.Z > 0.5f));   // white headlamps
        Assert.Equal(2, lamps.Count(p => p.Box.Max.X < -1.9f && p.Material.Emission.X > 3 * p.Material.Emission.Y));             // red tail lamps
        Assert.Equal(2, parts.Count(p => p.Material.Metallic > 0.9f && p.Shape == Primitive.Cylinder && p.Box.Max.Z - p.Box.Min.Z > 1.5f && MathF.Abs(p.Box.Min.X) > 1.9f));
        Assert.Equal(4, parts.Count(p => p.Shape == Primitive.Cylinder && p.Box.Min.Y < 0.01f && p.Box.Max.Y > 0.6f && p.Box.Max.Z - p.Box.Min.Z > 0.2f));   // wheels on the ground
        // The seats sit in a tub below the shoulder: each cushion's top within 6 cm of where a rider sits.
        foreach (var seat in Car.SeatFronts)
        {
            var cushion = parts.Where(p => p.Box.Contains(new Vector3(seat.X - 0.2f, Car.SeatHeight + seat.Y - 0.02f, seat.Z))).ToList();
            Assert.NotEmpty(cushion);
            Assert.InRange(cushion.Max(p => p.Box.Max.Y), seat.Y + Car.SeatHeight - 0.01f, seat.Y + Car.SeatHeight + 0.06f);
        }
    }
}
