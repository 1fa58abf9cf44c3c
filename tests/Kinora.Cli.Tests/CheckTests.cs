using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kinora.Cli.Tests;

/// <summary>`kinora check`: a planned folder measures clean, and a shot edited to break a rule is named with exit code 3.</summary>
[Collection("console")]
public sealed class CheckTests : IDisposable
{
    const string Quiet = "Two rival chefs argue in a busy restaurant kitchen, then cook one dish together before closing time.";
    const string Talky = "A lighthouse keeper on a stormy island rescues a sailor at night and they watch the dawn together.";
    readonly string dir = Directory.CreateTempSubdirectory("kinora-check-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    string Plan(string name, string prompt, int seconds)
    {
        string folder = Path.Combine(dir, name);
        var (code, _, err) = Kinora.Run("plan", "--prompt", prompt, "--duration", seconds.ToString(), "--size", "320x180", "-o", folder);
        Assert.True(code == 0, err);
        return folder;
    }

    [Fact]
    public void A_planned_folder_checks_clean_with_exit_code_zero_and_documented_json()
    {
        string folder = Plan("quiet", Quiet, 30);
        var (code, json, err) = Kinora.Run("check", folder, "--json");
        Assert.True(code == 0, json + err);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("clean").GetBoolean());
        Assert.Equal(0, root.GetProperty("violations").GetArrayLength());
        Assert.Equal(24, root.GetProperty("fps").GetInt32());
        Assert.Equal(720, root.GetProperty("frames").GetInt32());
        var totals = root.GetProperty("totals");
        foreach (var zero in new[] { "line_violations", "jump_cuts", "rig_violations", "interpenetrations", "appearance_changes", "camera_blocked_frames" })
            Assert.Equal(0, totals.GetProperty(zero).GetInt32());
        Assert.InRange(totals.GetProperty("min_visibility").GetDouble(), 0.9, 1);
        Assert.InRange(totals.GetProperty("max_foot_slide_cm").GetDouble(), 0, 2);
        Assert.InRange(totals.GetProperty("max_sun_elevation_error_deg").GetDouble(), 0, 0.5);
        var shots = root.GetProperty("shots");
        Assert.Equal(root.GetProperty("shot_lengths").GetProperty("count").GetInt32(), shots.GetArrayLength());
        foreach (var shot in shots.EnumerateArray())
        {
            Assert.Matches("^s[0-9]{3}-[0-9]{2}$", shot.GetProperty("id").GetString());
            Assert.True(shot.GetProperty("max_angular_speed").GetDouble() <= shot.GetProperty("limits").GetProperty("angular_speed").GetDouble() * 1.02);
            Assert.True(shot.GetProperty("appearance").EnumerateObject().Any());
        }
        foreach (var character in root.GetProperty("characters").EnumerateArray())
            Assert.Equal(1, character.GetProperty("appearances").GetArrayLength());
        Assert.True(root.GetProperty("scenes").GetArrayLength() >= 1);

        var (textCode, text, _) = Kinora.Run("check", folder);
        Assert.Equal(0, textCode);
        Assert.Contains("clean: no violations", text);
    }

    [Fact]
    public void A_shot_turned_across_the_line_is_named_and_exits_three()
    {
        string folder = Plan("talky", Talky, 40);
        string shots = Path.Combine(folder, "shots.yaml");
        string planned = File.ReadAllText(shots);
        var blocks = planned.Split("\n- id: ");
        // Swing one exchange shot (a single on an eyeline, an over-the-shoulder) to the other side of its subject.
        for (int k = 1; k < blocks.Length; k++)
        {
            if (!blocks[k].Contains("shoulder") && !blocks[k].Contains("eyeline")) continue;
            var angle = Regex.Match(blocks[k], @"\n  angle: (-?[0-9.]+)\n").Groups[1];
            double degrees = double.Parse(angle.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (Math.Abs(degrees) < 10 || Math.Abs(degrees) > 170) continue;
            var edited = (string[])blocks.Clone();
            edited[k] = blocks[k][..angle.Index] + (-degrees).ToString(System.Globalization.CultureInfo.InvariantCulture) + blocks[k][(angle.Index + angle.Length)..];
            File.WriteAllText(shots, string.Join("\n- id: ", edited));
            var (code, json, err) = Kinora.Run("check", folder, "--json");
            Assert.True(code == 3, $"{blocks[k].Split('\n')[0]} swung to {-degrees}°: exit {code}\n{err}");
            using var doc = JsonDocument.Parse(json);
            Assert.False(doc.RootElement.GetProperty("clean").GetBoolean());
            Assert.True(doc.RootElement.GetProperty("totals").GetProperty("line_violations").GetInt32() >= 1);
            Assert.Contains(doc.RootElement.GetProperty("violations").EnumerateArray(), v => v.GetString()!.Contains("crosses the 180° line"));
            return;
        }
        Assert.Fail("the plan has no exchange to cross");
    }

    [Fact]
    public void A_missing_folder_is_bad_input()
    {
        var (code, _, err) = Kinora.Run("check", Path.Combine(dir, "nowhere"));
        Assert.Equal(2, code);
        Assert.Contains("no such production folder", err);
        Assert.Equal(2, Kinora.Run("check").Code);
    }
}
