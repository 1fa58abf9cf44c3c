using System.Diagnostics;

namespace Kinora.Audio;

/// <summary>
/// Plays a standard MIDI file through FluidSynth with a SoundFont to raw 32-bit float stereo at 48 kHz. Rendered
/// offline ("fast render", one synthesis thread), the output is the same bytes every run: its reverb and chorus
/// are fixed algorithms with no randomness, and nothing depends on a clock.
/// </summary>
internal static class FluidSynth
{
    /// <summary>Renders <paramref name="midiPath"/> to <paramref name="rawPath"/> (interleaved little-endian float, L R).</summary>
    /// <exception cref="InvalidOperationException">FluidSynth or the SoundFont is missing, or FluidSynth failed.</exception>
    public static void Render(string executable, string soundFont, string midiPath, string rawPath, double gain, CancellationToken ct)
    {
        if (!File.Exists(soundFont))
            throw new InvalidOperationException($"the SoundFont {soundFont} is missing: install Debian's fluid-soundfont-gm (scripts/setup.sh does)");
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[]
        {
            "-n", "-i", "-q", "-F", rawPath, "-r", AudioFormat.SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-g", gain.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), "-T", "raw", "-O", "float", "-E", "little",
            "-o", "synth.cpu-cores=1", "-o", "synth.polyphony=256", soundFont, midiPath,
        }) start.ArgumentList.Add(a);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"FluidSynth ({executable}) could not be started: install Debian's fluidsynth (scripts/setup.sh does). {e.Message}", e);
        }
        using (process)
        {
            using var cancel = ct.Register(() => { try { process.Kill(); } catch (InvalidOperationException) { } });
            _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            string errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            ct.ThrowIfCancellationRequested();
            if (process.ExitCode != 0 || !File.Exists(rawPath))
                throw new InvalidOperationException($"FluidSynth failed (exit {process.ExitCode}): {errors.Trim()}");
        }
    }
}
