
// Glass (Material.Glass: windscreens, windows) is left out of the camera's depth pre-pass and laid over the frame
// after the sky at a quarter's weight (GlRenderer.DrawGlass), carrying the sky's reflection, stronger at a grazing
// angle (Fresnel), so the pane reads as glass. In a shadow map it is a screen-door: on a fixed 4×4 ordered-dither
// pattern three quarters of its pixels are left out, so a pane lets most of the sun through.
const float GlassCover = 0.25;    // share of a pane's pixels kept in a shadow map

bool glassHole(float glass, vec2 pixel)
{
    if (glass < 0.5) return false;
    ivec2 p = ivec2(pixel) & 3;
    const float bayer[16] = float[16](0.0, 8.0, 2.0, 10.0, 12.0, 4.0, 14.0, 6.0, 3.0, 11.0, 1.0, 9.0, 15.0, 7.0, 13.0, 5.0);
    return (bayer[p.y * 4 + p.x] + 0.5) / 16.0 >= GlassCover;
}

vec3 glassSheen(vec3 colour, float glass, float nv, vec3 sky)
{
    if (glass < 0.5) return colour;
    float m = 1.0 - nv;
    float fresnel = 0.2 + 0.6 * m * m * m; // not pow(): llvmpipe pays an exp2/log2 pair on every pixel, glass or not
    return mix(colour, sky * 1.1, fresnel);
}
