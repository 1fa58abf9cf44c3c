using System.Numerics;
using System.Text.Json;
using Kinora.World;

namespace Kinora.Pipeline.Tests;

public sealed class WorldContinuityTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-world-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    const string Screenplay = """
        INT. WAREHOUSE - DAY

        ADA (30s), in a blue jacket, stands by the shelves.

        ADA picks up the box.

        ADA
        This one is heavy.

        ADA drops the box.

        BEN (40s), in a grey coat, enters.

        BEN
        Careful with that.

        EXT. COAST ROAD - DAY

        ADA drives the red car along the coast road with BEN.

        BEN
        Where are we going?

        ADA
        You will see.

        They get out of the car.

        INT. WAREHOUSE - LATER

        ADA looks at the box.

        ADA
        Still where I dropped it.
        """;

    FilmPlan Plan()
    {
        var path = Path.Combine(dir, "film.fountain");
        File.WriteAllText(path, Screenplay);
        return Planning.Plan(new FilmSource.ScreenplayFile(path), new PlanOverrides(Duration: 70, Width: 320, Height: 180, Seed: 2));
    }

    [Fact]
    public void Props_and_vehicles_keep_clear_of_bodies_and_the_set_and_the_box_stays_where_it_fell()
    {
        var plan = Plan();
        var report = ContinuityCheck.Run(plan);
        Assert.True(report.Interpenetrations == 0, string.Join("\n", report.Violations));
        Assert.Equal(0, report.PropInterpenetrations);
        Assert.True(report.PropBodyInterpenetrations == 0, string.Join("\n", report.Violations));
        Assert.All(report.Characters, c => Assert.True(c.Consistent, $"{c.Name} changes appearance"));
        Assert.True(report.MaxFootSlide < ContinuityReport.FootSlideAllowed);

        var world = plan.World;
        var scenes = plan.Production.Scenes;
        Assert.Equal(3, scenes.Length);
        Assert.Same(world.SetFor(0), world.SetFor(2));
        var car = Assert.Single(world.ThingsFor(1).Vehicles.Vehicles);
        Assert.NotEmpty(car.Drives);
        var left = world.StateAfter(0).Props["box"].Pose;
        var found = world.PropsAt(scenes[2].Start + 0.5).Single(p => p.Prop.Id == "box").Pose;
        Assert.True(Vector3.Distance(left.Position, found.Position) < 1e-4f, "the box moved between scenes");
        Assert.True(left.Position.Y < 0.5f, "the box is not on the floor");

        using var json = JsonDocument.Parse(ContinuityReportJson.Write(report));
        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(0, totals.GetProperty("prop_interpenetrations").GetInt32());
        Assert.Equal(0, totals.GetProperty("prop_body_interpenetrations").GetInt32());
        Assert.Equal(0, totals.GetProperty("interpenetrations").GetInt32());
        Assert.All(json.RootElement.GetProperty("shots").EnumerateArray(), s => Assert.True(s.TryGetProperty("prop_interpenetrations", out _)));
    }
}
