using System.Numerics;

namespace Kinora.World;

/// <summary>An open-plan office: rows of desks with monitors and chairs, filing cabinets, strip lights, windows, plants, a water cooler.</summary>
static class OfficeSet
{
    public static void Dress(SetBuilder b)
    {
        float w = 14f, d = 10f, h = 3f;
        Props.Room(b, w, d, h, Palette.Matte(90, 96, 104, 7), Palette.Matte(222, 222, 216, 2), 4);
        float hw = w / 2, hd = d / 2;
        var desk = Palette.Matte(200, 196, 186);
        foreach (float x in new[] { -4.5f, -1.5f, 3.5f })
            foreach (float z in new[] { -3f, 2.8f })
            {
                Props.Table(b, new(x, 0, z), new(1.6f, 0.74f, 0.8f), desk);
                b.Box(new(x, 0.98f, z - 0.2f), new(0.6f, 0.36f, 0.03f), Palette.Matte(20, 20, 24));
                b.Box(new(x, 0.8f, z - 0.2f), new(0.05f, 0.12f, 0.05f), Palette.DarkMetal);
                b.Glow(Primitive.Box, new(x, 0.98f, z - 0.18f), new(0.56f, 0.32f, 0.01f), Palette.Glow(150, 190, 255, 1.5f));
                b.Box(new(x, 0.755f, z + 0.1f), new(0.45f, 0.02f, 0.15f), Palette.Matte(40, 40, 44));
                Props.Chair(b, new(x, 0, z + 0.75f), 0, Palette.Matte(30, 30, 36, 7));
                for (int p = 0; p < 3; p++)
                    b.Box(new(x + b.Dice.RangeF(-0.7f, -0.3f), 0.76f + p * 0.01f, z + b.Dice.RangeF(-0.2f, 0.2f)), new(0.21f, 0.01f, 0.3f), Palette.Paper, b.Dice.RangeF(-0.3f, 0.3f));
            }
        for (int i = 0; i < 5; i++)
        {
            var at = new Vector3(hw - 0.35f, 0, -hd + 0.8f + i * 0.55f);
            b.Solid(at + new Vector3(0, 0.65f, 0), new(0.6f, 1.3f, 0.5f), Palette.Matte(150, 152, 150));
            for (int k = 0; k < 3; k++) b.Box(at + new Vector3(-0.31f, 0.25f + k * 0.42f, 0), new(0.02f, 0.03f, 0.15f), Palette.Steel);
        }
        for (float x = -5f; x <= 5f; x += 2.5f)
            for (float z = -2.5f; z <= 2.5f; z += 2.5f)
                Props.CeilingLight(b, new(x, h, z), pendant: false);
        foreach (var at in new Vector3[] { new(-hw + 0.5f, 0, hd - 0.5f), new(hw - 0.5f, 0, hd - 0.5f), new(-hw + 0.5f, 0, -hd + 0.5f) })
        {
            b.Cylinder(at, 0.25f, 0.45f, Palette.Matte(60, 60, 64));
            b.Cone(at + new Vector3(0, 0.4f, 0), 0.45f, 1.2f, Palette.Leaves);
            b.Block(at + new Vector3(0, 0.8f, 0), new(0.8f, 1.6f, 0.8f));
        }
        b.Solid(new(-hw + 0.35f, 0.55f, 0), new(0.35f, 1.1f, 0.35f), Palette.White);
        b.Cylinder(new(-hw + 0.35f, 1.1f, 0), 0.15f, 0.45f, Palette.Shiny(140, 190, 230, 0.1f));
        // A meeting corner with a sofa facing the windows: the one place to sit in the open.
        var sofa = new Vector3(1f, 0, hd - 0.7f);
        b.Box(sofa + new Vector3(0, 0.22f, 0), new(2f, 0.44f, 0.8f), Palette.Matte(60, 80, 110, 7));
        b.Box(sofa + new Vector3(0, 0.6f, 0.32f), new(2f, 0.6f, 0.16f), Palette.Matte(60, 80, 110, 7));
        b.Block(sofa + new Vector3(0, 0.5f, 0), new(2f, 1f, 0.8f));
        b.AddSeat(new Seat(sofa + new Vector3(0, 0, -0.4f), 0, 0.44f) { Furniture = b.Obstacles[^1] });
        // Carpet tiles in two shades and a suspended-ceiling grid: the repetition reads as an office at any distance.
        var carpet = Palette.Matte(84, 90, 98, 7);
        for (float x = -hw + 0.5f; x < hw; x += 1f)
            for (float z = -hd + 0.5f; z < hd; z += 1f)
                if (((int)(x + hw) + (int)(z + hd)) % 2 == 0) b.Box(new(x, 0.002f, z), new(0.98f, 0.004f, 0.98f), Palette.Vary(carpet, ref b.Dice, 0.08f));
        for (float x = -hw + 1.2f; x < hw; x += 1.2f) b.Box(new(x, h - 0.02f, 0), new(0.03f, 0.03f, d), Palette.Matte(200, 200, 200));
        for (float z = -hd + 1.2f; z < hd; z += 1.2f) b.Box(new(0, h - 0.02f, z), new(w, 0.03f, 0.03f), Palette.Matte(200, 200, 200));
        // Cable trays and skirting sockets along the walls.
        for (float x = -hw + 0.6f; x < hw - 0.5f; x += 0.9f)
        {
            b.Box(new(x, 0.3f, -hd + 0.02f), new(0.08f, 0.08f, 0.02f), Palette.White);
            b.Box(new(x, 0.3f, hd - 0.02f), new(0.08f, 0.08f, 0.02f), Palette.White);
        }
        b.Stage = new Aabb(new(-hw + 0.3f, 0, -hd + 0.3f), new(hw - 0.3f, 2, hd - 0.3f));
    }
}
