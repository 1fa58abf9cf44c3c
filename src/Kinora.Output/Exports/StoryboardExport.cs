using System.Diagnostics;
using System.Globalization;
using Kinora.Direction;
using Kinora.Render;
using Kinora.World;

namespace Kinora.Output.Exports;

/// <summary>
/// The storyboard: one frame per shot, taken at the middle of the shot with the film's own renderer and look,
/// captioned with the shot's id, the scene's slug line, and the size, move and lens, laid out four across in
/// one PNG. ffmpeg draws the captions and tiles the panels; with no font available the panels go uncaptioned.
/// </summary>
public static class StoryboardExport
{
    public const int Columns = 4;

    public static void Write(WorldModel world, ShotList shots, string pngPath, RenderBackend backend = RenderBackend.Auto, CancellationToken ct = default)
    {
        var production = world.Production;
        var format = production.Bible.Format;
        // Panels keep the film's aspect ratio at a size that reads on a screen: 384 pixels wide.
        int width = 384, height = Math.Max(2, (int)Math.Round(384.0 * format.Height / format.Width / 2) * 2);
        string work = Directory.CreateTempSubdirectory("kinora-storyboard-").FullName;
        try
        {
            var frames = new List<byte[]>();
            var options = new RenderOptions(width, height, backend, production.Bible.Style.Look, production.Bible.Style.Grain, production.Bible.Seed, 1,
                production.Bible.Style.AspectRatio);
            using (var renderer = RendererFactory.Create(options, frame => frames.Add(frame.ToArray())))
            {
                foreach (var shot in shots.Shots)
                {
                    ct.ThrowIfCancellationRequested();
                    // The frame nearest the middle of the shot, on the film's frame grid.
                    double t = Math.Round((shot.Start + shot.End) / 2 * format.Fps) / format.Fps;
                    renderer.Submit(world.Sample(t), CameraTrack.For(shot, world).Lit(t));
                }
                renderer.Flush();
            }
            for (int i = 0; i < shots.Shots.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                var shot = shots.Shots[i];
                string caption = Path.Combine(work, $"{i:00000}.txt");
                string heading = shot.Scene >= 0 && shot.Scene < production.Scenes.Length ? production.Scenes[shot.Scene].Heading : "";
                File.WriteAllText(caption, $"{shot.Id}  {heading}\n{ShotWords.Of(shot.Size)} {ShotWords.Of(shot.Move)}  {shot.FocalLength.ToString("0", CultureInfo.InvariantCulture)} mm  {shot.Duration.ToString("0.0", CultureInfo.InvariantCulture)} s  {string.Join(", ", shot.Subjects)}");
                string panel = Path.Combine(work, $"{i:00000}.png");
                if (!Panel(frames[i], width, height, caption, panel, withText: true) && !Panel(frames[i], width, height, caption, panel, withText: false))
                    throw new EncoderException($"ffmpeg could not write storyboard panel {shot.Id}");
            }
            int rows = (shots.Shots.Length + Columns - 1) / Columns;
            string tmp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pngPath))!, "." + Path.GetFileName(pngPath) + ".tmp.png");
            Run(["-pattern_type", "glob", "-i", Path.Combine(work, "*.png"), "-vf", $"tile={Columns}x{rows}:padding=6:margin=6:color=0x111111",
                "-frames:v", "1", "-y", tmp], null);
            File.Move(tmp, pngPath, overwrite: true);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    static bool Panel(byte[] yuv, int width, int height, string captionFile, string png, bool withText)
    {
        string filter = $"pad={width}:{height + 44}:0:0:0x111111";
        if (withText)
        {
            string escaped = captionFile.Replace("\\", "\\\\").Replace(":", "\\:").Replace("'", "\\'");
            filter += $",drawtext=textfile='{escaped}':x=6:y={height + 6}:fontsize=13:line_spacing=4:fontcolor=0xeeeeee";
        }
        try
        {
            Run(["-f", "rawvideo", "-pix_fmt", "yuv420p", "-video_size", $"{width}x{height}", "-i", "pipe:0", "-vf", filter, "-frames:v", "1", "-y", png], yuv);
            return true;
        }
        catch (EncoderException) when (withText)
        {
            return false;
        }
    }

    static void Run(string[] args, byte[]? stdin)
    {
        var psi = new ProcessStartInfo(Tools.Ffmpeg) { RedirectStandardInput = stdin is not null, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-hide_banner", "-loglevel", "error" }.Concat(args)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new EncoderException("could not start ffmpeg");
        var err = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.BaseStream.Write(stdin);
            p.StandardInput.Close();
        }
        p.WaitForExit();
        if (p.ExitCode != 0) throw new EncoderException($"ffmpeg failed: {err.Result.Trim()}");
    }
}
