using System.Numerics;
using Kinora.Production;

namespace Kinora.World.Tests;

public sealed class WorldModelTests
{
    [Fact]
    public void Sample_is_a_pure_function_of_time()
    {
        var film = Staging.WalkAndTalk(LocationKind.Street);
        var a = WorldModel.Build(film);
        var b = WorldModel.Build(film);
        foreach (double t in new[] { 0.0, 4.2, 7.77, 13.0, 23.9 })
        {
            var x = a.Sample(t);
            var y = a.Sample(t);
            var z = b.Sample(t);
            foreach (var other in new[] { y, z })
            {
                Assert.True(x.Dynamic.SequenceEqual(other.Dynamic));
                Assert.True(x.Actors.SequenceEqual(other.Actors));
                Assert.Equal(x.Figures.Length, other.Figures.Length);
                for (int f = 0; f < x.Figures.Length; f++) Assert.True(x.Figures[f].Skin.SequenceEqual(other.Figures[f].Skin));
                Assert.True(x.Set.Instances.SequenceEqual(other.Set.Instances));
                Assert.Equal(x.Light.SunDirection, other.Light.SunDirection);
                Assert.True(x.Light.Practicals.SequenceEqual(other.Light.Practicals));
                Assert.Equal(x.Atmosphere, other.Atmosphere);
            }
        }
    }

    [Fact]
    public void An_actor_looks_the_same_at_every_moment()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Meadow));
        var first = world.Sample(0).Figures.Select(f => f.Mesh).ToList();
        Assert.NotEmpty(first);
        for (double t = 0; t < 24; t += 0.37)
            Assert.Equal(first, world.Sample(t).Figures.Select(f => f.Mesh).ToList());
    }

    [Fact]
    public void Actor_reports_eyes_height_and_is_absent_from_other_scenes()
    {
        var here = new LocationSpec("Here", LocationKind.Street, 1, 40, 80);
        var there = new LocationSpec("There", LocationKind.Beach, 1, 40, 80);
        var film = Staging.Film([Staging.Member("ADA", 1.7), Staging.Member("BEN")],
            Staging.Scene(0, here, 0, 5, ["ADA"], []),
            Staging.Scene(1, there, 5, 10, ["BEN"], []));
        var world = WorldModel.Build(film);
        var ada = world.Actor("ada", 1)!.Value;
        Assert.Equal(1.7f, ada.Height, 3);
        Assert.InRange(ada.Eyes.Y - ada.Position.Y, 1.45f, 1.65f);
        Assert.Null(world.Actor("BEN", 1));
        Assert.Null(world.Actor("ADA", 6));
        Assert.NotNull(world.Actor("BEN", 6));
        Assert.Null(world.Actor("NOBODY", 1));
        Assert.Equal(1, world.Sample(6).SceneIndex);
    }

    [Fact]
    public void Night_is_lit_by_the_moon_under_a_dark_sky_with_lamps_on()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Street, hour: 23));
        var night = world.Sample(1);
        Assert.True(night.Light.SunElevation < 0);
        Assert.True(night.Light.SunDirection.Y > 0.3f, "the moon is up");
        Assert.True(night.Light.SunColour.Z > night.Light.SunColour.X, "moonlight is blue-white");
        Assert.True(night.Light.SunColour.Length() < 0.5f);
        Assert.True(night.Light.SkyZenith.Length() < 0.05f);
        Assert.NotEmpty(night.Light.Practicals);
        Assert.Contains(night.Dynamic, i => i.Material.Emission.Length() > 0.5f);

        var day = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Street, hour: 12)).Sample(1);
        Assert.True(day.Light.SunColour.Length() > 5 * night.Light.SunColour.Length());
        Assert.True(day.Light.SkyZenith.Z > day.Light.SkyZenith.X, "the day sky is blue");
        Assert.True(night.Light.Exposure > day.Light.Exposure, "night is exposed up so it reads");
        Assert.True(night.Light.SkyZenith.Length() * night.Light.Exposure < day.Light.SkyZenith.Length() * day.Light.Exposure, "but it still reads as darker");
        Assert.Empty(day.Light.Practicals);
    }

    [Fact]
    public void Low_sun_is_warm_and_cloud_greys_the_sky()
    {
        var dusk = Daylight.For(40, 172, SunPosition.SolarNoon(172) + 7.2, "clear", null);
        Assert.InRange(dusk.SunElevation * 180 / Math.PI, 0, 12);
        Assert.True(dusk.SunColour.X > 1.5f * dusk.SunColour.Z, "low sun is orange");
        var clear = Daylight.For(40, 172, 12, "clear", null);
        var storm = Daylight.For(40, 172, 12, "storm", null);
        Assert.True(storm.SunColour.Length() < 0.3f * clear.SunColour.Length());
        Assert.True(storm.SkyZenith.Length() < clear.SkyZenith.Length());
        float Saturation(Vector3 c) => (MathF.Max(c.X, MathF.Max(c.Y, c.Z)) - MathF.Min(c.X, MathF.Min(c.Y, c.Z))) / MathF.Max(c.X, MathF.Max(c.Y, c.Z));
        Assert.True(Saturation(storm.SkyZenith) < Saturation(clear.SkyZenith));
    }

    [Fact]
    public void Weather_sets_fog_rain_snow_and_wind()
    {
        var sky = new Vector3(0.6f, 0.7f, 0.85f);
        var fog = Weather.For("fog", 12, sky, false, 1);
        var clear = Weather.For("clear", 12, sky, false, 1);
        var storm = Weather.For("storm", 12, sky, false, 1);
        var snow = Weather.For("snow", 12, sky, false, 1);
        Assert.True(fog.FogDensity > 10 * clear.FogDensity);
        Assert.True(storm.Rain > 0.9f && storm.Wind > 8);
        Assert.True(snow.Snow > 0.5f && snow.Rain == 0);
        Assert.True(Weather.For("clear", 6, sky, false, 1).FogDensity > clear.FogDensity, "mist at dawn");
        Assert.Equal(0, Weather.For("rain", 12, sky, true, 1).Rain);
    }

    [Fact]
    public void Interiors_let_daylight_in_through_the_windows()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Interior, hour: 11));
        var frame = world.Sample(1);
        Assert.True(frame.Set.Interior);
        Assert.NotEmpty(frame.Set.Windows);
        Assert.True(frame.Light.Practicals.Length >= frame.Set.Windows.Length);
    }

    [Fact]
    public void Sample_is_cheap_enough_for_every_frame()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Street));
        world.Sample(0);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int f = 0; f < 240; f++) world.Sample(f / 24.0);
        Assert.True(clock.Elapsed.TotalSeconds < 2, $"240 samples took {clock.Elapsed.TotalMilliseconds:0} ms");
    }
}
