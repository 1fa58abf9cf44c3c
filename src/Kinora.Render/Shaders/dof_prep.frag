#version 450 core
// Depth of field, step one, at half the internal resolution: the radiance of each 2×2 block (one bilinear tap)
// and its circle of confusion in half-resolution pixels from the block's nearest depth (so a sharp subject's
// edge is not averaged into its blurred background).
in vec2 vUv;
uniform sampler2D uLdr;
uniform sampler2D uDepth;
layout(location = 0) out vec4 outColour;

void main()
{
    vec3 hdr = decodeScene(texture(uLdr, vUv).rgb);
    vec4 d = textureGather(uDepth, vUv, 0);
    float nearest = max(max(d.x, d.y), max(d.z, d.w)); // reversed-Z: larger is nearer
    outColour = vec4(hdr, circleOfConfusion(nearest) * 0.5);
}
