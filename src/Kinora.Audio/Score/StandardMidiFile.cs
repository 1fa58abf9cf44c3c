using System.Text;

namespace Kinora.Audio;

/// <summary>
/// Writes a <see cref="Score"/> as a standard MIDI file, format 1: a conductor track (tempo and key at each cue,
/// 4/4, a marker with each scene's heading) and one named track per part. Any sequencer or notation program
/// opens it; FluidSynth plays it for the soundtrack.
/// </summary>
public static class StandardMidiFile
{
    public static byte[] Write(Score score)
    {
        ArgumentNullException.ThrowIfNull(score);
        using var file = new MemoryStream();
        int tracks = 1 + score.Parts.Length;
        file.Write("MThd"u8);
        WriteBig(file, 6, 4);
        WriteBig(file, 1, 2);
        WriteBig(file, tracks, 2);
        WriteBig(file, score.TicksPerQuarter, 2);

        // Conductor track.
        var conductor = new List<(long Tick, int Order, byte[] Bytes)>
        {
            (0, 0, Meta(0x03, Encoding.ASCII.GetBytes("Kinora score: " + score.Genre))),
            (0, 0, Meta(0x58, [4, 2, 24, 8])),
        };
        foreach (var cue in score.Cues)
        {
            int us = cue.MicrosecondsPerQuarter;
            conductor.Add((cue.StartTick, 1, Meta(0x51, [(byte)(us >> 16), (byte)(us >> 8), (byte)us])));
            conductor.Add((cue.StartTick, 2, Meta(0x59, [(byte)(sbyte)Sharps(cue.Tonic, cue.Minor), (byte)(cue.Minor ? 1 : 0)])));
            conductor.Add((cue.StartTick, 3, Meta(0x06, Encoding.UTF8.GetBytes($"Scene {cue.Scene + 1}: {cue.Heading}".Normalize()))));
        }
        WriteTrack(file, conductor);

        foreach (var (channel, name) in score.Parts)
        {
            var events = new List<(long Tick, int Order, byte[] Bytes)> { (0, 0, Meta(0x03, Encoding.ASCII.GetBytes(name))) };
            foreach (var c in score.Controls.Where(c => c.Channel == channel))
                events.Add((c.Tick, 2, c.Controller == ScoreControl.Program
                    ? [(byte)(0xC0 | channel), (byte)Math.Clamp(c.Value, 0, 127)]
                    : [(byte)(0xB0 | channel), (byte)c.Controller, (byte)Math.Clamp(c.Value, 0, 127)]));
            foreach (var n in score.Notes.Where(n => n.Channel == channel))
            {
                // At one tick: note-offs first, then settings, then note-ons, so a repeated note is struck again.
                events.Add((n.End, 1, [(byte)(0x80 | channel), (byte)n.Key, 0]));
                events.Add((n.Start, 3, [(byte)(0x90 | channel), (byte)n.Key, (byte)Math.Clamp(n.Velocity, 1, 127)]));
            }
            WriteTrack(file, events);
        }
        return file.ToArray();
    }

    static void WriteTrack(Stream file, List<(long Tick, int Order, byte[] Bytes)> events)
    {
        using var body = new MemoryStream();
        long now = 0;
        // A stable sort: equal events keep the order they were added in.
        foreach (var e in events.Select((e, i) => (e, i)).OrderBy(x => x.e.Tick).ThenBy(x => x.e.Order).ThenBy(x => x.i).Select(x => x.e))
        {
            WriteVariable(body, e.Tick - now);
            body.Write(e.Bytes);
            now = e.Tick;
        }
        WriteVariable(body, 0);
        body.Write([0xFF, 0x2F, 0x00]);
        file.Write("MTrk"u8);
        WriteBig(file, (int)body.Length, 4);
        body.WriteTo(file);
    }

    static byte[] Meta(byte type, byte[] data)
    {
        using var m = new MemoryStream();
        m.WriteByte(0xFF);
        m.WriteByte(type);
        WriteVariable(m, data.Length);
        m.Write(data);
        return m.ToArray();
    }

    /// <summary>Sharps (positive) or flats (negative) in the key signature of a major or minor key.</summary>
    static int Sharps(int tonic, bool minor)
    {
        int major = minor ? (tonic + 3) % 12 : tonic;
        int[] bySemitone = [0, -5, 2, -3, 4, -1, 6, 1, -4, 3, -2, 5];
        return bySemitone[major];
    }

    static void WriteVariable(Stream s, long value)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(value));
        Span<byte> buffer = stackalloc byte[10];
        int n = 0;
        buffer[n++] = (byte)(value & 0x7F);
        while ((value >>= 7) > 0) buffer[n++] = (byte)(0x80 | (value & 0x7F));
        for (int i = n - 1; i >= 0; i--) s.WriteByte(buffer[i]);
    }

    static void WriteBig(Stream s, int value, int bytes)
    {
        for (int i = bytes - 1; i >= 0; i--) s.WriteByte((byte)(value >> (8 * i)));
    }
}
