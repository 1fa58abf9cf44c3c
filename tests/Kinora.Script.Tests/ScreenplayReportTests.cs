using System.Text.Json;

namespace Kinora.Script.Tests;

public class ScreenplayReportTests
{
    static Screenplay Keeper => Fountain.Load(Samples.KeeperPath);

    [Fact]
    public void The_json_has_snake_case_fields_and_leaves_nulls_out()
    {
        using var json = JsonDocument.Parse(ScreenplayJson.Write(Keeper));
        var root = json.RootElement;
        Assert.Equal("The Keeper", root.GetProperty("title").GetString());
        var scenes = root.GetProperty("scenes");
        Assert.Equal(5, scenes.GetArrayLength());
        var lamp = scenes[1];
        Assert.Equal("LIGHTHOUSE - LAMP ROOM", lamp.GetProperty("location").GetString());
        Assert.Equal("NIGHT", lamp.GetProperty("time_of_day").GetString());
        Assert.Equal("INT", lamp.GetProperty("int_ext").GetString());
        Assert.False(lamp.TryGetProperty("number", out _));
        var said = lamp.GetProperty("elements").EnumerateArray().First(e => e.GetProperty("type").GetString() == "dialogue");
        Assert.Equal("ADA", said.GetProperty("character").GetString());
        Assert.Equal("to herself", said.GetProperty("parenthetical").GetString());
        Assert.False(said.TryGetProperty("extension", out _));
        Assert.True(said.GetProperty("line").GetInt32() > 0);
        Assert.Equal(["ADA", "TOM"], root.GetProperty("cast").EnumerateArray().Select(e => e.GetString() ?? "").ToArray());
        Assert.Contains(scenes[4].GetProperty("elements").EnumerateArray(), e => e.GetProperty("type").GetString() == "centered");
    }

    [Fact]
    public void The_summary_names_each_scene_and_who_says_what()
    {
        var text = ScreenplaySummary.Write(Keeper);
        Assert.StartsWith("The Keeper\n", text);
        Assert.Contains("5 scenes", text);
        Assert.Contains("INT. LIGHTHOUSE - LAMP ROOM - NIGHT", text);
        Assert.Contains("interior | LIGHTHOUSE - LAMP ROOM | NIGHT", text);
        Assert.Contains("ADA (to herself): Forty years and you still wake me.", text);
        Assert.Contains("cast: ADA, TOM", text);
    }
}
