using System.Numerics;
using Kinora.World;

namespace Kinora.Render.Tests;

public sealed class VehicleMeshTests
{
    [Fact]
    public void The_car_costs_a_few_thousand_triangles_at_full_detail()
    {
        var meshes = new UnitMeshes();
        var car = VehicleDesign.Car(new Material(new Vector3(0.84f, 0.75f, 0.55f), 0.3f, 0.3f, Vector3.Zero));
        int triangles = car.Parts.Sum(p => meshes.TrianglesOf(p.Shape));
        // Measured: 3,140 at level 0 (75 parts); the coarser levels halve it and more for a car far off.
        Assert.InRange(triangles, 1000, 4000);
    }
}
